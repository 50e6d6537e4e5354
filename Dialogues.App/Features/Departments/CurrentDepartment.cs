using Dialogues.App.Infrastructure.Security;
using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;

namespace Dialogues.App.Features.Departments;

/// <summary>The reader's department, for inboxes that follow their department's topic.</summary>
public sealed class CurrentDepartment(CurrentActor currentActor)
{
    public async Task<DepartmentId?> OfCurrentUserAsync()
    {
        try
        {
            return (await currentActor.FindAsync())?.DepartmentId;
        }
        catch (DomainException)
        {
            return null;
        }
    }
}
