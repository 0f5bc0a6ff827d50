// mml/prob/continuous.hpp — continuous distributions.                             (MML §6.2, §6.5, §6.6)
//
// Each class checks its parameters (DomainError naming the parameter and its range) and has
//     pdf(x)   log_pdf(x)   cdf(x) = P(X ≤ x)   quantile(q) = cdf⁻¹(q), q ∈ [0, 1]
//     mean()   variance()   sample(rng)
// Parameterisations, as in the lectures: Normal(mean, stddev) — the standard deviation σ, not
// the variance; Exponential(rate) and Gamma(shape, rate) — the rate λ, not the scale 1/λ;
// Laplace(mean, scale b); Uniform(a, b); Beta(a, b); StudentT(dof ν).
// Samplers are exact: inversion where the quantile is cheap, Marsaglia–Tsang for Gamma, ratios of
// Gammas for Beta, and Z/√(V/ν) for Student-t.
#pragma once

#include "mml/prob/rng.hpp"

namespace mml {

class Uniform {  // density 1/(b − a) on [a, b], a < b
public:
    Uniform(double a, double b);
    double pdf(double x) const;
    double log_pdf(double x) const;
    double cdf(double x) const;
    double quantile(double q) const;
    double mean() const { return 0.5 * (a_ + b_); }
    double variance() const { return (b_ - a_) * (b_ - a_) / 12.0; }
    double sample(Rng& rng) const;

private:
    double a_, b_;
};

class Normal {  // N(μ, σ²): p(x) = exp(−(x − μ)²/(2σ²)) / √(2πσ²), σ > 0
public:
    Normal(double mean, double stddev);
    double pdf(double x) const;
    double log_pdf(double x) const;
    double cdf(double x) const;
    double quantile(double q) const;
    double mean() const { return mu_; }
    double variance() const { return sigma_ * sigma_; }
    double stddev() const { return sigma_; }
    double sample(Rng& rng) const;

private:
    double mu_, sigma_;
};

class Exponential {  // p(x) = λ e^{−λx} for x ≥ 0, rate λ > 0; mean 1/λ
public:
    explicit Exponential(double rate);
    double pdf(double x) const;
    double log_pdf(double x) const;
    double cdf(double x) const;
    double quantile(double q) const;
    double mean() const { return 1.0 / rate_; }
    double variance() const { return 1.0 / (rate_ * rate_); }
    double sample(Rng& rng) const;  // inversion: −log(1 − U)/λ

private:
    double rate_;
};

class Laplace {  // p(x) = exp(−|x − μ|/b) / (2b), scale b > 0; variance 2b²
public:
    Laplace(double mean, double scale);
    double pdf(double x) const;
    double log_pdf(double x) const;
    double cdf(double x) const;
    double quantile(double q) const;
    double mean() const { return mu_; }
    double variance() const { return 2.0 * b_ * b_; }
    double sample(Rng& rng) const;

private:
    double mu_, b_;
};

class Gamma {  // p(x) = βᵅ x^{α−1} e^{−βx} / Γ(α), shape α > 0, rate β > 0; mean α/β, variance α/β²
public:
    Gamma(double shape, double rate);
    double pdf(double x) const;
    double log_pdf(double x) const;
    double cdf(double x) const;  // P(α, βx)
    double quantile(double q) const;
    double mean() const { return alpha_ / beta_; }
    double variance() const { return alpha_ / (beta_ * beta_); }
    double sample(Rng& rng) const;  // Marsaglia–Tsang

private:
    double alpha_, beta_;
};

class Beta {  // p(x) = x^{a−1}(1 − x)^{b−1} / B(a, b) on [0, 1], a, b > 0; mean a/(a + b)
public:
    Beta(double a, double b);
    double pdf(double x) const;
    double log_pdf(double x) const;
    double cdf(double x) const;  // I_x(a, b)
    double quantile(double q) const;
    double mean() const { return a_ / (a_ + b_); }
    double variance() const { return a_ * b_ / ((a_ + b_) * (a_ + b_) * (a_ + b_ + 1)); }
    double sample(Rng& rng) const;  // X/(X + Y), X ~ Gamma(a, 1), Y ~ Gamma(b, 1)

private:
    double a_, b_;
};

class StudentT {  // p(t) ∝ (1 + t²/ν)^{−(ν+1)/2}, dof ν > 0; mean 0 (ν > 1), variance ν/(ν − 2) (ν > 2)
public:
    explicit StudentT(double dof);
    double pdf(double t) const;
    double log_pdf(double t) const;
    double cdf(double t) const;  // via I_{ν/(ν+t²)}(ν/2, 1/2)
    double quantile(double q) const;
    double mean() const;      // NaN-free: DomainError when ν ≤ 1 (the mean does not exist)
    double variance() const;  // +∞ for 1 < ν ≤ 2; DomainError for ν ≤ 1
    double sample(Rng& rng) const;

private:
    double nu_;
};

// A Gamma(shape, rate 1) draw by Marsaglia–Tsang, shared by Gamma, Beta and StudentT.
double sample_standard_gamma(Rng& rng, double shape);

}  // namespace mml
