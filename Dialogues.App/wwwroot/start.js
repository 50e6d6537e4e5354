// Starts Blazor with a shorter heartbeat than SignalR's default 30 s, so a connection that silently died is noticed
// sooner, and says at once that the page is not live when the device itself knows it went offline (a phone losing
// signal): the reconnect notice shows instead of frozen counters and swallowed clicks. The server's keep-alive
// matches (DialoguesApp). A busy server is not mistaken for a dead one: 20 s leaves room for a heavy page.
Blazor.start({
    circuit: {
        configureSignalR: builder => builder.withServerTimeout(20000).withKeepAliveInterval(5000),
    },
});

const reconnectNotice = () => document.getElementById('components-reconnect-modal');
window.addEventListener('offline', () => reconnectNotice()?.classList.add('components-reconnect-show', 'offline'));
window.addEventListener('online', () => {
    const notice = reconnectNotice();
    // Only what this script showed: a reconnection Blazor itself is running keeps its own notice.
    if (notice?.classList.contains('offline')) notice.classList.remove('components-reconnect-show', 'offline');
});
