// Exercise 7.04 — The k-means assignment step                                    (Bishop, PRML §9.1)
//
// Task:    assign every example to its nearest centre,
//              zₙ = argminₖ ‖xₙ − cₖ‖²      (a tie goes to the LOWER index k),
//          and return the assignments with the inertia J = Σₙ ‖xₙ − c_{zₙ}‖², the quantity k-means
//          lowers (squared distances: J is the within-cluster sum of squares).
// Input:   X (N × D, one example per row), centres (K × D, one centre per row).
// Output:  ClusterStep {assignments, inertia} (struct declared in unit7.hpp).
// Errors:  centres.cols() ≠ X.cols() → mml::DimensionError.
// Example: X = [0, 0], [2, 0], [1, 0] and centres [0, 0], [2, 0]: z = (0, 1, 0) (x₃ is equally far
//          from both: the lower index), J = 0 + 0 + 1 = 1.
// Declared in: tests/exercises/7_models/unit7.hpp (with the struct ClusterStep).
//
// Check:   build/exercises/mml-check 7.04
#include "unit7.hpp"

namespace mml::exercises {

ClusterStep kmeans_assign(const Matrix& X, const Matrix& centres) {
    if (centres.cols() != X.cols())
        throw DimensionError("kmeans_assign: the centres have " + std::to_string(centres.cols()) + " columns but X has " +
                             std::to_string(X.cols()));
    ClusterStep step{std::vector<std::size_t>(X.rows(), 0), 0.0};
    for (std::size_t n = 0; n < X.rows(); ++n) {
        double best = INFINITY;
        for (std::size_t k = 0; k < centres.rows(); ++k) {
            double d2 = 0.0;  // ‖xₙ − cₖ‖²
            for (std::size_t d = 0; d < X.cols(); ++d) d2 += (X(n, d) - centres(k, d)) * (X(n, d) - centres(k, d));
            if (d2 < best) {  // strictly smaller: a tie keeps the lower k
                best = d2;
                step.assignments[n] = k;
            }
        }
        step.inertia += best;
    }
    return step;
}

}  // namespace mml::exercises
