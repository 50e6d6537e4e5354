using Hangfire.Logging;
using MsLogLevel = Microsoft.Extensions.Logging.LogLevel;

namespace Dialogues.App.Infrastructure.Jobs;

/// <summary>
/// Hangfire logs through one provider per process. This one writes to the app's logging, and goes quiet once the app
/// that set it has stopped rather than failing the next one (tests start many apps in one process).
/// </summary>
internal sealed class HangfireLogging(ILoggerFactory factory) : ILogProvider
{
    public ILog GetLogger(string name) => new Logger(factory, name);

    private sealed class Logger(ILoggerFactory factory, string name) : ILog
    {
        private ILogger? _logger;

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            var level = logLevel switch
            {
                Hangfire.Logging.LogLevel.Trace => MsLogLevel.Trace,
                Hangfire.Logging.LogLevel.Debug => MsLogLevel.Debug,
                Hangfire.Logging.LogLevel.Info => MsLogLevel.Information,
                Hangfire.Logging.LogLevel.Warn => MsLogLevel.Warning,
                Hangfire.Logging.LogLevel.Error => MsLogLevel.Error,
                _ => MsLogLevel.Critical,
            };
            try
            {
                _logger ??= factory.CreateLogger(name);
                if (messageFunc is null || !_logger.IsEnabled(level))
                {
                    return _logger.IsEnabled(level);
                }
                _logger.Log(level, default, messageFunc(), exception, static (message, _) => message);
                return true;
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }
}
