package kr.donggu.chatbot.bench;

/**
 * McNemar's exact test on paired per-question outcomes: of the questions exactly one of two systems gets right, is
 * the split between them further from even than chance would make it? Two-sided binomial p-value with p = 1/2.
 * A system that wins 6 and loses 3 is not better (p = 0.51); one that wins 60 and loses 30 is (p = 0.002).
 */
final class McNemar {

    record Result(int won, int lost, double p) {
    }

    private McNemar() {
    }

    /** {@code a[i]}, {@code b[i]}: whether each system got question i right; won and lost are a's. */
    static Result compare(boolean[] a, boolean[] b) {
        int won = 0;
        int lost = 0;
        for (int i = 0; i < a.length; i++) {
            won += a[i] && !b[i] ? 1 : 0;
            lost += !a[i] && b[i] ? 1 : 0;
        }
        return new Result(won, lost, exactP(won, lost));
    }

    static double exactP(int won, int lost) {
        int n = won + lost;
        if (n == 0) {
            return 1;
        }
        // P(X <= min) for X ~ Binomial(n, 1/2), summed in log space: 2^-n underflows beyond n = 1074
        double logTerm = n * Math.log(0.5);
        double tail = 0;
        for (int i = 0; i <= Math.min(won, lost); i++) {
            tail += Math.exp(logTerm);
            logTerm += Math.log(n - i) - Math.log(i + 1.0);
        }
        return Math.min(1, 2 * tail);
    }
}
