// mml/stats/descriptive.hpp — summary statistics of data.                 (MML §6.4.1–§6.4.2)
//
// For data x₁, …, x_N:
//   empirical mean        x̄ = (1/N) Σₙ xₙ                                             (MML (6.41))
//   empirical variance    s² = (1/(N − ddof)) Σₙ (xₙ − x̄)²   (ddof = 0: the MLE, divides by N;
//                                                    ddof = 1: unbiased, divides by N − 1)
//   covariance            Cov[x, y] = (1/(N − ddof)) Σₙ (xₙ − x̄)(yₙ − ȳ)              (MML (6.42))
//   correlation           corr[x, y] = Cov[x, y] / √(V[x] V[y])                        (MML (6.40))
//   quantile              the value below which a fraction q of the data lies.
//
// Numerical care. The "raw-moment" formula V[x] = E[x²] − (E[x])² (MML (6.44)) is exact in
// algebra but catastrophic in floating point: for data like 10⁹ + {4, 7, 13, 16}, E[x²] ≈ 10¹⁸
// and both terms agree in all 16 digits they carry, so their difference (≈ 22.5) is noise — it can
// even come out negative. Welford's algorithm updates the mean and the sum of squared deviations
// one observation at a time,
//     δ = xₙ − x̄ₙ₋₁,   x̄ₙ = x̄ₙ₋₁ + δ/n,   Mₙ = Mₙ₋₁ + δ·(xₙ − x̄ₙ),   s² = M_N/(N − ddof),
// so it only ever subtracts numbers of the size of the spread, never of the size of the offset
// (the tests show the naive formula failing where Welford is exact). It also works on a stream
// of data seen once (RunningStats below).
//
// The mean needs care too, of another kind. Summing 10⁶ values near 10⁹ one by one, the partial
// sums reach 10¹⁵, where doubles are 0.125 apart: every addition rounds, and the errors add up
// to ~5·10⁻⁵ in the mean (≈ 440 units in the last place of 10⁹, measured in the tests). The
// running mean x̄ₙ = x̄ₙ₋₁ + (xₙ − x̄ₙ₋₁)/n does not fix this: it rounds at every step as well
// (measured: 48 units in the last place). Compensated summation does: Neumaier's variant of
// Kahan's algorithm (Neumaier 1974; Higham, "Accuracy and Stability of Numerical Algorithms"
// §4.3) recovers the rounding error of each addition exactly, e = (s − t) + x with t = s + x
// (taking the larger of s and x first), adds the errors up in a second variable and adds that
// back at the end. Its error is about one rounding of the result, whatever N: mean() returns
// the correctly rounded mean in that test.
#pragma once

#include "mml/core/matrix.hpp"
#include "mml/core/vector.hpp"

#include <cmath>
#include <cstddef>

namespace mml {

// Σ xₙ by Neumaier's compensated summation (see above): add values one at a time, read the sum.
class CompensatedSum {
public:
    void add(double x) {
        const double t = sum_ + x;
        // The rounding error of sum_ + x, exactly: subtract t from the larger term, add the smaller.
        compensation_ += std::abs(sum_) >= std::abs(x) ? (sum_ - t) + x : (x - t) + sum_;
        sum_ = t;
    }
    double value() const { return sum_ + compensation_; }

private:
    double sum_ = 0.0, compensation_ = 0.0;
};

double compensated_sum(const Vector& x);  // Σ xₙ, error ≈ one rounding of the result

// Welford's one-pass accumulator: add observations one at a time, ask for the mean and variance
// at any point. Non-finite values throw DomainError (one NaN would silently poison every result).
class RunningStats {
public:
    void add(double x);
    std::size_t count() const { return n_; }
    double mean() const;                         // the running mean; DomainError when no data were added
    double variance(std::size_t ddof = 0) const;  // M/(N − ddof); DomainError when N ≤ ddof
    double min() const;
    double max() const;

private:
    std::size_t n_ = 0;
    double mean_ = 0.0, M_ = 0.0, min_ = 0.0, max_ = 0.0;
};

double mean(const Vector& x);                           // x̄ = (1/N) Σ xₙ, the sum compensated
double variance(const Vector& x, std::size_t ddof = 0);  // Welford; ddof = 1 for the unbiased s²
double stddev(const Vector& x, std::size_t ddof = 0);    // √variance
double covariance(const Vector& x, const Vector& y, std::size_t ddof = 0);  // one pass (co-moment Welford)
double correlation(const Vector& x, const Vector& y);   // in [−1, 1]; DomainError if a variance is 0

// Data matrix X with one example per row (N × D), as in MML §9.1:
Vector mean(const Matrix& X);                             // the D column means (compensated sums)
Matrix covariance(const Matrix& X, std::size_t ddof = 0);  // D × D, (1/(N − ddof)) Σₙ (xₙ − x̄)(xₙ − x̄)ᵀ
Matrix correlation(const Matrix& X);                      // D × D, unit diagonal

// The q-quantile, 0 ≤ q ≤ 1, by linear interpolation between order statistics: with the data
// sorted, x₍₀₎ ≤ … ≤ x₍N₋₁₎, and h = (N − 1)q, Q(q) = x₍⌊h⌋₎ + (h − ⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎)
// (the default of R and NumPy, "type 7"). Q(0) is the minimum, Q(1) the maximum.
double quantile(const Vector& x, double q);
double median(const Vector& x);  // quantile(x, 0.5)

}  // namespace mml
