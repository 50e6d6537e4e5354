namespace Dialogues.App.Features.Departments;

/// <summary>
/// The municipality's departments as the features see them: whose work an item is (an official's department), who
/// is told about it (<see cref="StaffDirectory"/>), and the live topic of each department's inbox.
/// </summary>
public static class DepartmentsServiceCollectionExtensions
{
    public static IServiceCollection AddDepartments(this IServiceCollection services)
    {
        services.AddScoped<CurrentDepartment>();
        return services;
    }
}
