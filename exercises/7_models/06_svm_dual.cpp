// Exercise 7.06 — The SVM dual objective                                   (MML §12.3.2, (12.41))
//
// Task:    return the dual objective of the soft-margin SVM,
//              D(α) = Σᵢ αᵢ − ½ Σᵢ Σⱼ αᵢ αⱼ yᵢ yⱼ Kᵢⱼ,
//          which the SVM maximises over 0 ≤ α ≤ C with Σᵢ αᵢyᵢ = 0. Since Σᵢαᵢyᵢφ(xᵢ) = w, the
//          double sum is ‖w‖².
// Input:   α (N entries), labels y (N entries, each ±1), the Gram matrix K (N × N).
// Output:  D(α).
// Errors:  sizes that do not agree → mml::DimensionError.
// Example: linear kernel, x = (2, 0), (0, 0) with y = +1, −1 and α = (½, ½): w = ½(2, 0) − ½(0, 0)
//          = (1, 0), so D = 1 − ½·1 = ½.
// Declared in: tests/exercises/7_models/unit7.hpp.
//
// Check:   build/exercises/mml-check 7.06
#include "unit7.hpp"

namespace mml::exercises {

double svm_dual(const Vector& alpha, const std::vector<int>& y, const Matrix& K) {
    MML_TODO();  // replace this line with your answer
}

}  // namespace mml::exercises
