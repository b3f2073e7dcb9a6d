package dk.rekrut.matching.geo;

/**
 * A point on the map: latitude and longitude in degrees (WGS84). Postcode centroids are GeoNames place centroids,
 * about 5 km accurate: enough for a commute radius, not for travel time.
 */
public record Place(double lat, double lon) {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    public Place {
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("not a coordinate: " + lat + ", " + lon);
        }
    }

    /** Great-circle distance in km (haversine). */
    public double distanceKm(Place other) {
        double dLat = Math.toRadians(other.lat - lat);
        double dLon = Math.toRadians(other.lon - lon);
        double a = Math.pow(Math.sin(dLat / 2), 2)
            + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(other.lat)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
