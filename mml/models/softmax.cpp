// mml/models/softmax.cpp — log-sum-exp with the maximum shifted out, the softmax, and the
// cross-entropy of a mini-batch with its gradient p − onehot(y).
#include "mml/models/softmax.hpp"

#include "mml/core/error.hpp"
#include "mml/models/checks.hpp"

#include <cmath>
#include <limits>
#include <string>

namespace mml {

double log_sum_exp(const double* z, std::size_t n) {
    if (n == 0) throw DimensionError("log_sum_exp: no scores — give at least one");
    double m = -std::numeric_limits<double>::infinity();
    for (std::size_t k = 0; k < n; ++k) {
        if (std::isnan(z[k]) || z[k] == std::numeric_limits<double>::infinity())
            throw DomainError("log_sum_exp: score " + std::to_string(k) + " is " + std::to_string(z[k]) +
                              " — scores must be finite numbers or −∞ (look for log(0) or 0/0 earlier)");
        if (z[k] > m) m = z[k];
    }
    if (m == -std::numeric_limits<double>::infinity()) return m;  // every term is e^{−∞} = 0
    double sum = 0.0;  // Σ e^{z_k − m}: every exponent ≤ 0, and the largest term is exactly 1
    for (std::size_t k = 0; k < n; ++k) sum += std::exp(z[k] - m);
    return m + std::log(sum);
}

double log_sum_exp(const Vector& z) { return log_sum_exp(z.data(), z.size()); }

Vector softmax(const Vector& z) {
    const double lse = log_sum_exp(z);
    Vector p(z.size());
    for (std::size_t k = 0; k < z.size(); ++k) p[k] = std::exp(z[k] - lse);
    return p;
}

CrossEntropy softmax_cross_entropy(const Matrix& Z, const std::vector<std::size_t>& labels) {
    require_class_labels("softmax_cross_entropy", labels, Z.rows(), Z.cols());
    const std::size_t B = Z.rows(), K = Z.cols();
    CrossEntropy result{0.0, Matrix(B, K)};
    for (std::size_t b = 0; b < B; ++b) {
        const double* z = Z.data() + b * K;  // row b: contiguous in the row-major buffer
        double* g = result.gradient.data() + b * K;
        const double lse = log_sum_exp(z, K);
        result.loss += lse - z[labels[b]];                           // −log p_y = LSE(z) − z_y
        for (std::size_t k = 0; k < K; ++k) g[k] = std::exp(z[k] - lse);  // p_k
        g[labels[b]] -= 1.0;                                         // p − onehot(y)
    }
    return result;
}

}  // namespace mml
