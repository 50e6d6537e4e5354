using System.ComponentModel.DataAnnotations;

namespace Dialogues.App.Features.Monitoring;

public sealed class MonitoringOptions
{
    public const string Section = "Monitoring";

    /// <summary>How many policies are under civic monitoring at once.</summary>
    [Range(1, 50)]
    public int MaxMonitoredPolicies { get; set; } = 5;
}
