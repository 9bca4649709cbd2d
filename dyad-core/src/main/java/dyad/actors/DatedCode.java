package dyad.actors;

import dyad.model.ActorCode;

import java.time.LocalDate;

/**
 * An actor code valid from {@code from} to {@code to} inclusive; a null end is open.
 */
public record DatedCode(ActorCode code, LocalDate from, LocalDate to) {
    public boolean undated() {
        return from == null && to == null;
    }

    public boolean covers(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    /** Days between the date and this range (0 when covered). */
    public long distance(LocalDate date) {
        if (covers(date)) return 0;
        if (from != null && date.isBefore(from)) return from.toEpochDay() - date.toEpochDay();
        return date.toEpochDay() - to.toEpochDay();
    }

    @Override
    public String toString() {
        if (undated()) return code.code();
        return code.code() + " " + (from == null ? "" : from) + ".." + (to == null ? "" : to);
    }
}
