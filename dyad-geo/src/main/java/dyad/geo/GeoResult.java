package dyad.geo;

import java.util.ArrayList;
import java.util.List;

/**
 * The places of one document.
 *
 * @param toponyms     the mentions resolved to a place, in text order
 * @param rejected     gazetteer names judged not to be places here (a person "Jordan", "Washington Post"), with why
 * @param dateline     the dateline's place, or null
 * @param focusCountry the country the story is mostly about (ISO3: the dateline's country, else the most mentioned), or null
 */
public record GeoResult(List<Toponym> toponyms, List<Toponym> rejected, Toponym dateline, String focusCountry) {
    public static final GeoResult NONE = new GeoResult(List.of(), List.of(), null, null);

    public GeoResult {
        toponyms = List.copyOf(toponyms);
        rejected = List.copyOf(rejected);
    }

    /** A toponym with its offsets in the document text as given (before cleaning), -1 when it cannot be found there. */
    public record Raw(Toponym toponym, int start, int end) {
    }

    /** The dateline's place (when resolved) and the toponyms, with offsets into the raw document text. */
    public List<Raw> inRawText(String raw) {
        List<Raw> out = new ArrayList<>();
        RawOffsets offsets = new RawOffsets(raw);
        if (dateline != null) out.add(raw(dateline, offsets));
        for (Toponym t : toponyms) out.add(raw(t, offsets));
        return out;
    }

    private static Raw raw(Toponym t, RawOffsets offsets) {
        int[] at = offsets.next(t.mention().span().text());
        return at == null ? new Raw(t, -1, -1) : new Raw(t, at[0], at[1]);
    }
}
