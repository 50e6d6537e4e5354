// Maps of the municipality (Leaflet, installed from npm into /lib by the build): problem reports, organisations. Markers are circles drawn by
// Leaflet itself, so the map stays usable, with its coordinates, when the tile server cannot be reached.
let loading;

function loadScript(src) {
    return new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = src;
        script.onload = resolve;
        script.onerror = reject;
        document.head.appendChild(script);
    });
}

function leaflet() {
    loading ??= (window.L ? Promise.resolve() : loadScript('lib/leaflet/leaflet.js'))
        .then(() => window.L.markerClusterGroup ? undefined : loadScript('lib/leaflet.markercluster/leaflet.markercluster.js'));
    return loading.then(() => window.L);
}

const statusColours = {
    New: '#b3261e', Confirmed: '#c25e00', Planned: '#6a1b9a', InProgress: '#0b5394',
    Fixed: '#1e6b31', Closed: '#4a4a4a', NotCompetent: '#5f6368', Duplicate: '#5f6368', Rejected: '#5f6368',
};

// Leaflet renders a string label as HTML: every label built from people's text is a DOM node holding plain text.
function textLabel(text) {
    const label = document.createElement('span');
    label.textContent = text;
    return label;
}

function baseMap(L, element, options) {
    const map = L.map(element, { zoomControl: true, keyboard: true }).setView(options.center, options.zoom);
    if (options.tileUrl) {
        L.tileLayer(options.tileUrl, { attribution: options.attribution, maxZoom: 19 }).addTo(map);
    }
    return map;
}

/** A map to choose a report's place: a tap (or click) drops the pin and tells .NET the coordinates. */
export async function createPicker(element, dotnet, options) {
    const L = await leaflet();
    const map = baseMap(L, element, options);
    let pin = null;
    const place = (lat, lng) => {
        if (pin) pin.setLatLng([lat, lng]);
        else pin = L.circleMarker([lat, lng], { radius: 10, color: '#073763', weight: 3, fillColor: '#ffbf47', fillOpacity: 0.9 }).addTo(map);
    };
    if (options.point) place(options.point[0], options.point[1]);
    map.on('click', event => {
        place(event.latlng.lat, event.latlng.lng);
        dotnet.invokeMethodAsync('Picked', event.latlng.lat, event.latlng.lng);
    });
    return {
        setPoint(lat, lng, zoom) { place(lat, lng); map.setView([lat, lng], zoom ?? map.getZoom()); },
        setView(lat, lng, zoom) { map.setView([lat, lng], zoom); },
        dispose() { map.remove(); },
    };
}

/**
 * An overview map: clustered markers, each a link (href, label) with a line of detail, coloured by a problem's
 * status or the default blue.
 */
export async function createOverview(element, options, markers) {
    const L = await leaflet();
    const map = baseMap(L, element, options);
    const cluster = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40 });
    map.addLayer(cluster);
    const show = items => {
        cluster.clearLayers();
        cluster.addLayers(items.map(m => {
            const colour = statusColours[m.status] ?? '#0b5394';
            const link = document.createElement('a');
            link.href = m.href;
            link.textContent = m.label;
            const popup = document.createElement('div');
            popup.append(link, document.createElement('br'), document.createTextNode(m.detail));
            return L.circleMarker([m.latitude, m.longitude], { radius: 9, color: '#ffffff', weight: 2, fillColor: colour, fillOpacity: 0.95 })
                .bindPopup(popup).bindTooltip(textLabel(m.label));
        }));
    };
    show(markers);
    return {
        setMarkers(items) { show(items); },
        dispose() { map.remove(); },
    };
}

/** The device's position, or null when the person refuses or the device cannot tell. */
export function locate() {
    return new Promise(resolve => {
        if (!navigator.geolocation) { resolve(null); return; }
        navigator.geolocation.getCurrentPosition(
            p => resolve({ latitude: p.coords.latitude, longitude: p.coords.longitude }),
            () => resolve(null),
            { enableHighAccuracy: true, timeout: 15000 });
    });
}
