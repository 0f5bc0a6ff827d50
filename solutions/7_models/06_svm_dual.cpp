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
    const std::size_t N = alpha.size();
    if (y.size() != N || K.rows() != N || K.cols() != N)
        throw DimensionError("svm_dual: α, y and K must all have N entries / be N × N");
    double sum_alpha = 0.0, quadratic = 0.0;
    for (std::size_t i = 0; i < N; ++i) {
        sum_alpha += alpha[i];
        for (std::size_t j = 0; j < N; ++j) quadratic += alpha[i] * alpha[j] * y[i] * y[j] * K(i, j);
    }
    return sum_alpha - 0.5 * quadratic;
}

}  // namespace mml::exercises
