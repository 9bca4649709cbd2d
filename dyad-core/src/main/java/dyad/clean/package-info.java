/**
 * Stage 1, cleaning: {@link dyad.clean.WebJunkCleaner} turns raw, often scraped, news text into clean prose, one
 * paragraph per line, with the wire dateline split off and every removed piece of web junk reported by rule name.
 */
package dyad.clean;
