// mml/stats/descriptive.cpp — summary statistics: means, variances, covariances, quantiles. (MML §6.4)
//
// Means by Neumaier's compensated summation (Higham, Accuracy and Stability §4.3); variances
// and covariances by Welford's one-pass updates (Welford 1962; Chan, Golub & LeVeque 1983),
// or, for the covariance matrix, two passes (centre, then sum outer products); quantiles by
// linear interpolation between order statistics (Hyndman & Fan 1996, type 7). Every function
// checks that its data are non-empty and finite: one NaN would silently poison every result.
#include "mml/stats/descriptive.hpp"

#include "mml/core/checks.hpp"
#include "mml/core/error.hpp"
#include "mml/stats/dataset.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <vector>

namespace mml {

namespace {
void require_data(const std::string& operation, const Vector& x) {
    if (x.empty()) throw DomainError(operation + ": the data set is empty; pass at least one observation");
    require_finite(operation, x);
}
void require_more_than(const std::string& operation, std::size_t N, std::size_t ddof) {
    if (N <= ddof) {
        std::ostringstream msg;
        msg << operation << ": " << N << " observation(s) with ddof = " << ddof << " leaves no degrees of freedom "
            << "(divides by N − ddof = 0); pass more data or use ddof = 0";
        throw DomainError(msg.str());
    }
}
}  // namespace

void RunningStats::add(double x) {
    require_finite("RunningStats::add", x, "x");
    ++n_;
    const double delta = x - mean_;            // δ = xₙ − x̄ₙ₋₁
    mean_ += delta / static_cast<double>(n_);  // x̄ₙ = x̄ₙ₋₁ + δ/n
    M_ += delta * (x - mean_);                 // Mₙ = Mₙ₋₁ + δ (xₙ − x̄ₙ): both factors are deviations
    if (n_ == 1 || x < min_) min_ = x;
    if (n_ == 1 || x > max_) max_ = x;
}

double RunningStats::mean() const {
    if (n_ == 0) throw DomainError("RunningStats::mean: no observations were added; call add(x) first");
    return mean_;
}

double RunningStats::variance(std::size_t ddof) const {
    require_more_than("RunningStats::variance", n_, ddof);
    return M_ / static_cast<double>(n_ - ddof);
}

double RunningStats::min() const {
    if (n_ == 0) throw DomainError("RunningStats::min: no observations were added; call add(x) first");
    return min_;
}

double RunningStats::max() const {
    if (n_ == 0) throw DomainError("RunningStats::max: no observations were added; call add(x) first");
    return max_;
}

double compensated_sum(const Vector& x) {
    CompensatedSum s;
    for (double xn : x) s.add(xn);
    return s.value();
}

double mean(const Vector& x) {
    require_data("mean", x);
    return compensated_sum(x) / static_cast<double>(x.size());  // see the header: a plain sum loses digits
}

double variance(const Vector& x, std::size_t ddof) {
    require_data("variance", x);
    require_more_than("variance", x.size(), ddof);
    RunningStats s;
    for (double xn : x) s.add(xn);
    return s.variance(ddof);
}

double stddev(const Vector& x, std::size_t ddof) { return std::sqrt(variance(x, ddof)); }

double covariance(const Vector& x, const Vector& y, std::size_t ddof) {
    require_data("covariance", x);
    require_data("covariance", y);
    require_same_size("covariance", x, y);
    require_more_than("covariance", x.size(), ddof);
    // Welford for the co-moment C = Σ (xₙ − x̄)(yₙ − ȳ): C ← C + (xₙ − x̄ₙ₋₁)(yₙ − ȳₙ).
    double mx = 0.0, my = 0.0, C = 0.0;
    for (std::size_t n = 0; n < x.size(); ++n) {
        const double dx = x[n] - mx;
        const double count = static_cast<double>(n + 1);
        mx += dx / count;
        my += (y[n] - my) / count;
        C += dx * (y[n] - my);
    }
    return C / static_cast<double>(x.size() - ddof);
}

double correlation(const Vector& x, const Vector& y) {
    const double vx = variance(x), vy = variance(y);
    if (vx == 0.0 || vy == 0.0)
        throw DomainError("correlation: one of the variables is constant (variance 0), so the correlation "
                          "Cov[x, y]/√(V[x]V[y]) is undefined; drop the constant variable");
    const double r = covariance(x, y) / std::sqrt(vx * vy);
    return std::clamp(r, -1.0, 1.0);  // rounding can push |r| a hair above 1
}

Vector mean(const Matrix& X) {
    require_examples("mean (of the rows of a data matrix)", X.rows(), 1);
    require_finite("mean (of the rows of a data matrix)", X);
    std::vector<CompensatedSum> sums(X.cols());
    for (std::size_t n = 0; n < X.rows(); ++n)  // row by row: X is stored by rows
        for (std::size_t d = 0; d < X.cols(); ++d) sums[d].add(X(n, d));
    Vector m(X.cols());
    for (std::size_t d = 0; d < X.cols(); ++d) m[d] = sums[d].value() / static_cast<double>(X.rows());
    return m;
}

Matrix covariance(const Matrix& X, std::size_t ddof) {
    require_examples("covariance (of a data matrix)", X.rows(), 1);
    require_finite("covariance (of a data matrix)", X);
    require_more_than("covariance (of a data matrix)", X.rows(), ddof);
    // Two passes: centre first (no large offsets left), then accumulate the outer products.
    const Vector m = mean(X);
    const std::size_t D = X.cols();
    Matrix S(D, D);
    Vector centred(D);
    for (std::size_t n = 0; n < X.rows(); ++n) {
        for (std::size_t d = 0; d < D; ++d) centred[d] = X(n, d) - m[d];
        for (std::size_t i = 0; i < D; ++i)
            for (std::size_t j = 0; j < D; ++j) S(i, j) += centred[i] * centred[j];
    }
    return S / static_cast<double>(X.rows() - ddof);
}

Matrix correlation(const Matrix& X) {
    Matrix R = covariance(X);
    const std::size_t D = R.rows();
    Vector s(D);
    for (std::size_t d = 0; d < D; ++d) {
        if (R(d, d) == 0.0) {
            std::ostringstream msg;
            msg << "correlation (of a data matrix): column " << d << " is constant (variance 0), so its correlation "
                << "with the others is undefined; drop that column";
            throw DomainError(msg.str());
        }
        s[d] = std::sqrt(R(d, d));
    }
    for (std::size_t i = 0; i < D; ++i)
        for (std::size_t j = 0; j < D; ++j) R(i, j) = i == j ? 1.0 : std::clamp(R(i, j) / (s[i] * s[j]), -1.0, 1.0);
    return R;
}

double quantile(const Vector& x, double q) {
    require_data("quantile", x);
    if (!(q >= 0.0 && q <= 1.0)) {
        std::ostringstream msg;
        msg << "quantile: q = " << q << " is not in [0, 1]; the median is q = 0.5";
        throw DomainError(msg.str());
    }
    std::vector<double> sorted(x.begin(), x.end());
    std::sort(sorted.begin(), sorted.end());
    const double h = static_cast<double>(sorted.size() - 1) * q;
    const auto lo = static_cast<std::size_t>(std::floor(h));
    if (lo + 1 >= sorted.size()) return sorted.back();
    return sorted[lo] + (h - static_cast<double>(lo)) * (sorted[lo + 1] - sorted[lo]);
}

double median(const Vector& x) { return quantile(x, 0.5); }

}  // namespace mml
