// mml/stats/model_selection.cpp — polynomial fits, error curves, cross-validation. (MML §8.3.3, §9.2.2)
//
// Polynomial least squares on inputs mapped to [−1, 1] (the standard remedy for the Vandermonde
// matrix's conditioning: Björck, "Numerical Methods for Least Squares Problems" §4.6; Trefethen,
// "Approximation Theory and Approximation Practice" ch. 2), evaluated by Horner's rule. Error
// curves fit each candidate once; K-fold cross-validation (MML §8.2.4) draws its folds once and
// scores every candidate on the same folds, so the comparison is paired.
#include "mml/stats/model_selection.hpp"

#include "mml/core/checks.hpp"
#include "mml/core/error.hpp"
#include "mml/stats/dataset.hpp"
#include "mml/stats/loss.hpp"
#include "mml/stats/regression.hpp"

#include <algorithm>

namespace mml {

PolynomialFit fit_polynomial(const Vector& x, const Vector& y, std::size_t degree, double lambda) {
    require_same_size("fit_polynomial", x, y);
    require_examples("fit_polynomial", x.size(), lambda == 0.0 ? degree + 1 : 1);  // K + 1 coefficients
    require_finite("fit_polynomial (inputs x)", x);
    PolynomialFit fit;
    const auto [lo, hi] = std::minmax_element(x.begin(), x.end());
    fit.centre = 0.5 * *lo + 0.5 * *hi;  // halves first: neither the sum nor the difference can overflow
    fit.half_width = *hi > *lo ? 0.5 * *hi - 0.5 * *lo : 1.0;
    Vector t(x.size());
    for (std::size_t n = 0; n < x.size(); ++n) t[n] = (x[n] - fit.centre) / fit.half_width;  // in [−1, 1]
    fit.theta = ridge_regression(polynomial_features(t, degree), y, lambda);
    return fit;
}

double PolynomialFit::operator()(double x) const { return evaluate_polynomial(theta, (x - centre) / half_width); }

Vector PolynomialFit::operator()(const Vector& x) const {
    Vector f(x.size());
    for (std::size_t n = 0; n < x.size(); ++n) f[n] = (*this)(x[n]);
    return f;
}

double evaluate_polynomial(const Vector& theta, double x) {
    double f = 0.0;
    for (std::size_t k = theta.size(); k-- > 0;) f = f * x + theta[k];
    return f;
}

Vector evaluate_polynomial(const Vector& theta, const Vector& x) {
    Vector f(x.size());
    for (std::size_t n = 0; n < x.size(); ++n) f[n] = evaluate_polynomial(theta, x[n]);
    return f;
}

namespace {
FitCurvePoint fit_and_score(const Vector& x_train, const Vector& y_train, const Vector& x_test, const Vector& y_test,
                            std::size_t degree, double lambda) {
    const PolynomialFit f = fit_polynomial(x_train, y_train, degree, lambda);
    return {degree, lambda, mean_squared_error(y_train, f(x_train)), mean_squared_error(y_test, f(x_test))};
}

Vector pick(const Vector& v, const std::vector<std::size_t>& indices) {
    Vector out(indices.size());
    for (std::size_t k = 0; k < indices.size(); ++k) out[k] = v[indices[k]];
    return out;
}

double cv_with_folds(const Vector& x, const Vector& y, std::size_t degree, double lambda, const std::vector<Fold>& folds) {
    double total = 0.0;
    for (const Fold& fold : folds)
        total += fit_and_score(pick(x, fold.train), pick(y, fold.train), pick(x, fold.validation),
                               pick(y, fold.validation), degree, lambda).test_mse;
    return total / static_cast<double>(folds.size());
}

CrossValidationChoice best_of(std::vector<double> cv_mse) {
    const auto best = std::min_element(cv_mse.begin(), cv_mse.end());
    return {static_cast<std::size_t>(best - cv_mse.begin()), std::move(cv_mse)};
}
}  // namespace

std::vector<FitCurvePoint> degree_curve(const Vector& x_train, const Vector& y_train, const Vector& x_test,
                                        const Vector& y_test, const std::vector<std::size_t>& degrees, double lambda) {
    std::vector<FitCurvePoint> curve;
    for (std::size_t K : degrees) curve.push_back(fit_and_score(x_train, y_train, x_test, y_test, K, lambda));
    return curve;
}

std::vector<FitCurvePoint> lambda_curve(const Vector& x_train, const Vector& y_train, const Vector& x_test,
                                        const Vector& y_test, std::size_t degree, const std::vector<double>& lambdas) {
    std::vector<FitCurvePoint> curve;
    for (double lambda : lambdas) curve.push_back(fit_and_score(x_train, y_train, x_test, y_test, degree, lambda));
    return curve;
}

double cross_validation_mse(const Vector& x, const Vector& y, std::size_t degree, double lambda, std::size_t K, Rng& rng) {
    require_same_size("cross_validation_mse", x, y);
    return cv_with_folds(x, y, degree, lambda, k_fold(x.size(), K, rng));
}

CrossValidationChoice choose_degree(const Vector& x, const Vector& y, const std::vector<std::size_t>& degrees,
                                    double lambda, std::size_t K, Rng& rng) {
    require_same_size("choose_degree", x, y);
    if (degrees.empty()) throw DomainError("choose_degree: no candidate degrees were given");
    const std::vector<Fold> folds = k_fold(x.size(), K, rng);
    std::vector<double> cv;
    for (std::size_t degree : degrees) cv.push_back(cv_with_folds(x, y, degree, lambda, folds));
    return best_of(std::move(cv));
}

CrossValidationChoice choose_lambda(const Vector& x, const Vector& y, std::size_t degree,
                                    const std::vector<double>& lambdas, std::size_t K, Rng& rng) {
    require_same_size("choose_lambda", x, y);
    if (lambdas.empty()) throw DomainError("choose_lambda: no candidate values of λ were given");
    const std::vector<Fold> folds = k_fold(x.size(), K, rng);
    std::vector<double> cv;
    for (double lambda : lambdas) cv.push_back(cv_with_folds(x, y, degree, lambda, folds));
    return best_of(std::move(cv));
}

}  // namespace mml
