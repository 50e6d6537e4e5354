namespace Dialogues.Domain.Problems;

/// <summary>A place on the map, in WGS 84 degrees (what browsers' geolocation and web maps use).</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    private const double EarthRadiusMeters = 6_371_008.8;

    /// <summary>Great-circle distance (haversine): exact enough for "within 100 m" at any distance that matters here.</summary>
    public double DistanceMetersTo(GeoPoint other)
    {
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(other.Latitude - Latitude);
        var dLon = Radians(other.Longitude - Longitude);
        var a = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(Radians(Latitude)) * Math.Cos(Radians(other.Latitude)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * EarthRadiusMeters * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>A box around the point that contains every place within <paramref name="meters"/>, for a cheap SQL pre-filter.</summary>
    public GeoBounds Around(double meters)
    {
        var dLat = meters / 111_000d;
        var dLon = meters / (111_000d * Math.Max(0.01, Math.Cos(Latitude * Math.PI / 180)));
        return new GeoBounds(Latitude - dLat, Longitude - dLon, Latitude + dLat, Longitude + dLon);
    }
}

/// <summary>A latitude/longitude box: the municipality's territory, or a search area.</summary>
public sealed record GeoBounds(double South, double West, double North, double East)
{
    public bool Contains(GeoPoint point) =>
        point.Latitude >= South && point.Latitude <= North && point.Longitude >= West && point.Longitude <= East;
}
