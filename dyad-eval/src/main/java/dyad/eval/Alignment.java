package dyad.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Pairs the gold and coded events of one document one-to-one: as many allowed pairs as possible, and among
 * pairings with that many, the one with the highest total weight (how closely the actors agree). Solved exactly with
 * the Hungarian algorithm, so the result does not depend on the order of the events except between equal pairings,
 * where the earlier events pair first.
 */
final class Alignment {
    /** Whether gold event {@code g} may pair with coded event {@code c}, and how well they agree. */
    interface Scoring {
        boolean allowed(int g, int c);

        /** At most {@link #MAX_WEIGHT}. */
        int weight(int g, int c);
    }

    static final int MAX_WEIGHT = 6;

    private Alignment() {
    }

    /** Pairs {gold index, coded index}, by gold index. */
    static List<int[]> pairs(int gold, int coded, Scoring s) {
        if (gold == 0 || coded == 0) return List.of();
        int n = Math.max(gold, coded);
        long big = (long) (MAX_WEIGHT + 1) * n + 1;
        long[][] cost = new long[n + 1][n + 1];
        for (int g = 0; g < gold; g++) {
            for (int c = 0; c < coded; c++) {
                if (s.allowed(g, c)) cost[g + 1][c + 1] = -(big + s.weight(g, c));
            }
        }
        int[] colOwner = hungarian(cost, n);
        List<int[]> out = new ArrayList<>();
        for (int c = 1; c <= n; c++) {
            int g = colOwner[c] - 1;
            if (g < gold && c - 1 < coded && s.allowed(g, c - 1)) out.add(new int[]{g, c - 1});
        }
        out.sort((a, b) -> Integer.compare(a[0], b[0]));
        return out;
    }

    /** Minimum-cost assignment of an n x n matrix (1-based); returns for each column the row assigned to it. */
    private static int[] hungarian(long[][] a, int n) {
        long inf = Long.MAX_VALUE / 4;
        long[] u = new long[n + 1];
        long[] v = new long[n + 1];
        int[] p = new int[n + 1];
        int[] way = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            long[] minv = new long[n + 1];
            Arrays.fill(minv, inf);
            boolean[] used = new boolean[n + 1];
            do {
                used[j0] = true;
                int i0 = p[j0];
                long delta = inf;
                int j1 = 0;
                for (int j = 1; j <= n; j++) {
                    if (used[j]) continue;
                    long cur = a[i0][j] - u[i0] - v[j];
                    if (cur < minv[j]) {
                        minv[j] = cur;
                        way[j] = j0;
                    }
                    if (minv[j] < delta) {
                        delta = minv[j];
                        j1 = j;
                    }
                }
                for (int j = 0; j <= n; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        return p;
    }
}
