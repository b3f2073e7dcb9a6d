package dk.rekrut.matching.evaluate;

import dk.rekrut.matching.occupation.OccupationRanker;
import dk.rekrut.matching.occupation.RankedOccupation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Ranks each query and keeps its per-query scores: reciprocal rank of the first right occupation (0 beyond rank
 * {@value #DEPTH}), whether one is in the top 10, and whether the ISCO-4 group of the first or any of the first five
 * is right.
 */
final class OccupationMetrics {

    static final int DEPTH = 100;

    final List<OccupationQuery> queries;
    final double[] reciprocalRank;
    final double[] recall10;
    final double[] isco1;
    final double[] isco5;

    OccupationMetrics(OccupationRanker ranker, List<OccupationQuery> queries) {
        this.queries = List.copyOf(queries);
        int n = queries.size();
        reciprocalRank = new double[n];
        recall10 = new double[n];
        isco1 = new double[n];
        isco5 = new double[n];
        for (int q = 0; q < n; q++) {
            OccupationQuery query = queries.get(q);
            List<RankedOccupation> ranked = ranker.rank(query.text(), query.lang(), DEPTH);
            for (int i = 0; i < ranked.size(); i++) {
                var o = ranked.get(i).occupation();
                if (query.gold().contains(o.uri()) && reciprocalRank[q] == 0) {
                    reciprocalRank[q] = 1.0 / (i + 1);
                    recall10[q] = i < 10 ? 1 : 0;
                }
                if (query.goldIsco().contains(o.isco()) && i < 5) {
                    isco5[q] = 1;
                    isco1[q] = i == 0 ? 1 : isco1[q];
                }
            }
        }
    }

    /** The per-query values of the queries that pass the filter. */
    double[] of(double[] values, Predicate<OccupationQuery> which) {
        var out = new ArrayList<Double>();
        for (int q = 0; q < queries.size(); q++) {
            if (which.test(queries.get(q))) {
                out.add(values[q]);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
