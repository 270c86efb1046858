package org.valuelens.model.btyd;

/** Argument checks shared by the models. */
final class Checks {

    private Checks() {
    }

    static void positive(String name, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be finite and > 0, was " + v);
        }
    }

    static void duration(double t) {
        if (!(t >= 0) || Double.isInfinite(t)) {
            throw new IllegalArgumentException("duration must be finite and >= 0, was " + t);
        }
    }

    static void history(int x, double tx, double age) {
        if (x < 0 || !(tx >= 0) || !(age >= tx - 1e-9) || Double.isInfinite(age)) {
            throw new IllegalArgumentException("need x >= 0 and 0 <= t_x <= T (x " + x + ", t_x " + tx
                    + ", T " + age + ")");
        }
    }
}
