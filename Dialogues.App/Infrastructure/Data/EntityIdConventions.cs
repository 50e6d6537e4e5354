using Dialogues.Domain.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Dialogues.App.Infrastructure.Data;

/// <summary>Maps every strongly typed id of the domain to its <see cref="Guid"/> column.</summary>
internal static class EntityIdConventions
{
    private static readonly Type[] IdTypes = typeof(IEntityId<>).Assembly.GetTypes()
        .Where(t => t.IsValueType && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEntityId<>)))
        .ToArray();

    public static void Apply(ModelConfigurationBuilder builder)
    {
        foreach (var idType in IdTypes)
        {
            var converter = typeof(EntityIdConverter<>).MakeGenericType(idType);
            builder.Properties(idType).HaveConversion(converter);
            builder.Properties(typeof(Nullable<>).MakeGenericType(idType)).HaveConversion(converter);
        }
    }

    public static IReadOnlyList<Type> All => IdTypes;
}

public sealed class EntityIdConverter<TId>() : ValueConverter<TId, Guid>(id => id.Value, value => Create(value))
    where TId : struct, IEntityId<TId>
{
    // Expression trees cannot call static abstract members directly.
    private static TId Create(Guid value) => TId.From(value);
}

/// <summary>Stores a moment as UTC ticks; reads it back as a UTC <see cref="DateTimeOffset"/>.</summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
