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
    MML_TODO();  // replace this line with your answer
}

}  // namespace mml::exercises
