package dyad.model;

import java.util.List;

/**
 * A CAMEO actor code split into its parts.
 *
 * @param code    the full code, e.g. "RUSGOV", "IGOUNO", "SYRMIL"
 * @param country ISO 3166-1 alpha-3 country, or null for international / transnational actors
 * @param sectors role and sector codes after the country part, e.g. ["GOV"]
 */
public record ActorCode(String code, String country, List<String> sectors) {
    public ActorCode {
        sectors = List.copyOf(sectors);
    }

    /** True when the code names a country and nothing more ("IRN"). */
    public boolean countryOnly() {
        return country != null && sectors.isEmpty() && code.equals(country);
    }
}
