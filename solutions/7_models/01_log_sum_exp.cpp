// Exercise 7.01 — Log-sum-exp without overflow                          (MML §11.2; softmax.hpp)
//
// Task:    return LSE(z) = log Σₖ exp(z_k). Written as it stands, exp(1000) overflows to ∞ and
//          exp(−1000) underflows to 0, so the result would be ∞ or −∞. Shift by m = maxₖ z_k first:
//              log Σₖ exp(z_k) = m + log Σₖ exp(z_k − m),
//          where every exponent is ≤ 0 (no overflow) and the largest term is exp(0) = 1 (the sum
//          is ≥ 1, so its log is finite).
// Input:   z, K ≥ 1 scores; an entry may be −∞ (a term exp(−∞) = 0).
// Output:  LSE(z); −∞ if every entry is −∞.
// Errors:  an empty z → mml::DimensionError.
// Example: LSE([0, 0]) = log 2 = 0.6931; LSE([1000, 1000]) = 1000.6931; LSE([−1000, −1000]) = −999.3069.
// Declared in: tests/exercises/7_models/unit7.hpp.
//
// Check:   build/exercises/mml-check 7.01
#include "unit7.hpp"

namespace mml::exercises {

double my_log_sum_exp(const Vector& z) {
    if (z.empty()) throw DimensionError("my_log_sum_exp: z is empty — give at least one score");
    double m = z[0];
    for (double zk : z) m = std::max(m, zk);
    if (m == -INFINITY) return m;  // every term is exp(−∞) = 0: log 0 = −∞ (and −∞ − (−∞) would be NaN)
    double sum = 0.0;
    for (double zk : z) sum += std::exp(zk - m);  // each term ≤ 1, the largest exactly 1
    return m + std::log(sum);
}

}  // namespace mml::exercises
