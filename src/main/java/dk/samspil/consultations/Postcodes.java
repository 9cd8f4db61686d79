package dk.samspil.consultations;

import java.util.Map;
import java.util.Optional;

import dk.samspil.region.MunicipalityCode;

/**
 * Postcodes of the seven municipalities of the Triangle Region, to place a response in a
 * municipality. A postcode that crosses a border is given to the municipality holding
 * most of it; anything else is outside the region.
 * <p>
 * Where the numbers come from: PostNord's list of Danish postcodes (the postal districts
 * and their towns), each town matched by hand to its municipality since the 2007 reform.
 * The address register (DAR, "postnumre" with their municipalities) is the authority: a
 * caseworker can always assign a response to another municipality, and the table should
 * be checked against it when the region changes.
 */
final class Postcodes {

	private static final Map<String, String> MUNICIPALITY = Map.ofEntries(
			// Kolding
			Map.entry("6000", "0621"), Map.entry("6051", "0621"), Map.entry("6052", "0621"), Map.entry("6064", "0621"),
			Map.entry("6070", "0621"), Map.entry("6091", "0621"), Map.entry("6092", "0621"), Map.entry("6093", "0621"),
			Map.entry("6094", "0621"), Map.entry("6580", "0621"), Map.entry("6640", "0621"),
			// Vejle
			Map.entry("7100", "0630"), Map.entry("7080", "0630"), Map.entry("7120", "0630"), Map.entry("7173", "0630"),
			Map.entry("7182", "0630"), Map.entry("7183", "0630"), Map.entry("7300", "0630"), Map.entry("7321", "0630"),
			Map.entry("7323", "0630"), Map.entry("6040", "0630"),
			// Fredericia
			Map.entry("7000", "0607"), Map.entry("7007", "0607"),
			// Haderslev
			Map.entry("6100", "0510"), Map.entry("6500", "0510"), Map.entry("6510", "0510"), Map.entry("6541", "0510"),
			Map.entry("6560", "0510"),
			// Middelfart
			Map.entry("5500", "0410"), Map.entry("5466", "0410"), Map.entry("5592", "0410"), Map.entry("5464", "0410"),
			Map.entry("5580", "0410"), Map.entry("5591", "0410"),
			// Vejen
			Map.entry("6600", "0575"), Map.entry("6621", "0575"), Map.entry("6622", "0575"), Map.entry("6630", "0575"),
			Map.entry("6650", "0575"), Map.entry("6660", "0575"), Map.entry("6670", "0575"), Map.entry("6682", "0575"),
			Map.entry("6683", "0575"),
			// Billund
			Map.entry("7190", "0530"), Map.entry("7200", "0530"), Map.entry("7250", "0530"), Map.entry("6623", "0530"),
			Map.entry("7184", "0530"), Map.entry("7260", "0530"));

	private Postcodes() {
	}

	/** Empty for a postcode outside the region. */
	static Optional<MunicipalityCode> municipality(String postcode) {
		String code = MUNICIPALITY.get(postcode == null ? "" : postcode.strip());
		return Optional.ofNullable(code).map(MunicipalityCode::new);
	}

}
