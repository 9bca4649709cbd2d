package dyad.model;

import java.util.List;

/**
 * One row of the event ontology: a CAMEO code with its name, Goldstein score and QuadClass,
 * and the PLOVER event, mode and context it maps to.
 */
public record CameoCode(String code, String name, double goldstein, int quadClass,
                        String ploverEvent, String ploverMode, List<String> ploverContext) {
    public CameoCode {
        ploverContext = List.copyOf(ploverContext);
        if (ploverMode == null) ploverMode = "";
    }

    /** The two-digit root ("03" for "0311"). */
    public String root() {
        return code.substring(0, 2);
    }
}
