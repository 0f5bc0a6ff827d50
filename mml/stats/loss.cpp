// mml/stats/loss.cpp — losses, their derivatives, empirical risk, feature maps.  (MML §8.2, §9.2)
//
// Each loss is a pair of closures, ℓ(y, ŷ) and ∂ℓ/∂ŷ, written from the formulas in loss.hpp; the
// logistic loss uses softplus so that e^{−yŷ} never overflows. The empirical risk of a linear
// model and its gradient (1/N) Xᵀℓ′(y, Xθ) follow from the chain rule (MML (8.6), §5.2).
// Feature maps build Φ row by row: monomials by repeated products, Gaussian bumps, a bias column.
#include "mml/stats/loss.hpp"

#include "mml/calculus/dual.hpp"
#include "mml/core/checks.hpp"
#include "mml/core/error.hpp"
#include "mml/stats/dataset.hpp"

#include <cmath>
#include <sstream>

namespace mml {

namespace {
double sign(double r) { return r > 0.0 ? 1.0 : (r < 0.0 ? -1.0 : 0.0); }
}  // namespace

double softplus(double t) { return t > 0.0 ? t + std::log1p(std::exp(-t)) : std::log1p(std::exp(t)); }

Loss squared_loss() {
    return {"squared", [](double y, double y_hat) { return 0.5 * (y - y_hat) * (y - y_hat); },
            [](double y, double y_hat) { return y_hat - y; }};  // d/dŷ ½(y − ŷ)² = ŷ − y
}

Loss absolute_loss() {
    return {"absolute", [](double y, double y_hat) { return std::abs(y - y_hat); },
            [](double y, double y_hat) { return -sign(y - y_hat); }};  // −sign(r), 0 at r = 0
}

Loss huber_loss(double delta) {
    if (!(delta > 0.0) || !std::isfinite(delta)) {
        std::ostringstream msg;
        msg << "huber_loss: delta = " << delta << " must be positive and finite (the width of the quadratic zone, e.g. 1)";
        throw DomainError(msg.str());
    }
    return {"Huber",
            [delta](double y, double y_hat) {
                const double r = std::abs(y - y_hat);
                return r <= delta ? 0.5 * r * r : delta * (r - 0.5 * delta);
            },
            [delta](double y, double y_hat) {
                const double r = y - y_hat;
                return std::abs(r) <= delta ? -r : -delta * sign(r);  // the derivative is clipped at ±δ
            }};
}

Loss logistic_loss() {
    // ℓ = log(1 + e^{−yŷ}); ∂ℓ/∂ŷ = −y e^{−yŷ}/(1 + e^{−yŷ}) = −y σ(−yŷ).
    return {"logistic", [](double y, double y_hat) { return softplus(-y * y_hat); },
            [](double y, double y_hat) { return -y * sigmoid(-y * y_hat); }};
}

Loss hinge_loss() {
    // ℓ = max(0, 1 − yŷ); ∂ℓ/∂ŷ = −y where 1 − yŷ > 0, else 0 (the subgradient 0 at the kink).
    return {"hinge", [](double y, double y_hat) { return std::max(0.0, 1.0 - y * y_hat); },
            [](double y, double y_hat) { return 1.0 - y * y_hat > 0.0 ? -y : 0.0; }};
}

namespace {
void require_linear_model(const std::string& operation, const Matrix& X, const Vector& y, const Vector& theta) {
    require_rows_match(operation, X, y);
    require_examples(operation, X.rows(), 1);
    if (X.cols() != theta.size()) {
        std::ostringstream msg;
        msg << operation << ": X is " << shape_string(X.rows(), X.cols()) << " but θ has " << theta.size()
            << " entries; the model ŷ = Xθ needs one parameter per column of X";
        throw DimensionError(msg.str());
    }
}
}  // namespace

double empirical_risk(const Loss& loss, const Matrix& X, const Vector& y, const Vector& theta) {
    require_linear_model("empirical_risk", X, y, theta);
    const Vector y_hat = X * theta;
    double R = 0.0;
    for (std::size_t n = 0; n < y.size(); ++n) R += loss.value(y[n], y_hat[n]);
    return R / static_cast<double>(y.size());
}

Vector empirical_risk_gradient(const Loss& loss, const Matrix& X, const Vector& y, const Vector& theta) {
    require_linear_model("empirical_risk_gradient", X, y, theta);
    const Vector y_hat = X * theta;
    Vector dl(y.size());  // ℓ'(yₙ, ŷₙ)
    for (std::size_t n = 0; n < y.size(); ++n) dl[n] = loss.derivative(y[n], y_hat[n]);
    return transpose(X) * dl / static_cast<double>(y.size());
}

Matrix polynomial_features(const Vector& x, std::size_t degree) {
    require_finite("polynomial_features", x);
    Matrix Phi(x.size(), degree + 1);
    for (std::size_t n = 0; n < x.size(); ++n) {
        double power = 1.0;
        for (std::size_t k = 0; k <= degree; ++k, power *= x[n]) Phi(n, k) = power;  // xₙᵏ by repeated products
    }
    return Phi;
}

Matrix rbf_features(const Vector& x, const Vector& centres, double width) {
    if (!(width > 0.0)) {
        std::ostringstream msg;
        msg << "rbf_features: width ℓ = " << width << " must be positive";
        throw DomainError(msg.str());
    }
    Matrix Phi(x.size(), centres.size());
    for (std::size_t n = 0; n < x.size(); ++n)
        for (std::size_t k = 0; k < centres.size(); ++k) {
            const double r = x[n] - centres[k];
            Phi(n, k) = std::exp(-r * r / (2.0 * width * width));
        }
    return Phi;
}

Matrix add_bias_column(const Matrix& X) {
    Matrix B(X.rows(), X.cols() + 1);
    for (std::size_t n = 0; n < X.rows(); ++n) {
        B(n, 0) = 1.0;
        for (std::size_t d = 0; d < X.cols(); ++d) B(n, d + 1) = X(n, d);
    }
    return B;
}

}  // namespace mml
