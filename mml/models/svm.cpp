// mml/models/svm.cpp — the SVM dual by SMO with second-order working-set selection (Fan, Chen &
// Lin 2005, WSS 3), the same dual by unit 4's active-set QP, and the primal/dual objectives.
#include "mml/models/svm.hpp"

#include "mml/core/error.hpp"
#include "mml/models/checks.hpp"
#include "mml/optim/qp_active_set.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

namespace mml {

namespace {

void require_svm_input(const std::string& operation, const Matrix& X, const std::vector<int>& y, double C) {
    require_data(operation, X);
    require_binary_labels(operation, y, X.rows());
    if (!(C > 0.0) || !std::isfinite(C))
        throw DomainError(operation + ": C = " + std::to_string(C) +
                          " — C must be finite and > 0 (large C: a harder margin; C = 1/λ in the README's convention)");
    const bool both = std::find(y.begin(), y.end(), 1) != y.end() && std::find(y.begin(), y.end(), -1) != y.end();
    if (!both)
        throw DomainError(operation + ": every label is " + std::to_string(y[0]) +
                          " — an SVM separates two classes; give examples of both +1 and -1");
}

// The state SMO works on: α, the gradient G = ∇f(α) = Qα − 1 of the dual objective, and the data.
struct Smo {
    const Matrix& K;
    const std::vector<int>& y;
    double C;
    Vector alpha;
    Vector G;
};

bool in_up(const Smo& s, std::size_t t) { return s.y[t] == 1 ? s.alpha[t] < s.C : s.alpha[t] > 0.0; }
bool in_low(const Smo& s, std::size_t t) { return s.y[t] == 1 ? s.alpha[t] > 0.0 : s.alpha[t] < s.C; }
double minus_yG(const Smo& s, std::size_t t) { return -static_cast<double>(s.y[t]) * s.G[t]; }

// m(α) = max_{I_up} −yₜGₜ (with its index i) and M(α) = min_{I_low} −yₜGₜ.
struct Violation {
    std::size_t i;
    double m, M;
};
Violation violation(const Smo& s) {
    Violation v{0, -std::numeric_limits<double>::infinity(), std::numeric_limits<double>::infinity()};
    for (std::size_t t = 0; t < s.alpha.size(); ++t) {
        if (in_up(s, t) && minus_yG(s, t) > v.m) {
            v.m = minus_yG(s, t);
            v.i = t;
        }
        if (in_low(s, t)) v.M = std::min(v.M, minus_yG(s, t));
    }
    return v;
}

// WSS 3's second index: over t ∈ I_low with −yₜGₜ < m, the largest predicted decrease b²/ā.
std::size_t select_j(const Smo& s, std::size_t i, double m) {
    constexpr double tau = 1e-12;  // curvature used when a_it ≤ 0 (a non-PSD kernel, or xᵢ = xₜ)
    std::size_t j = i;
    double best = -std::numeric_limits<double>::infinity();
    for (std::size_t t = 0; t < s.alpha.size(); ++t) {
        if (!in_low(s, t) || !(minus_yG(s, t) < m)) continue;
        const double b = m - minus_yG(s, t);  // b_it > 0
        const double a = s.K(i, i) + s.K(t, t) - 2.0 * s.K(i, t);
        const double gain = b * b / (a > 0.0 ? a : tau);
        if (gain > best) {
            best = gain;
            j = t;
        }
    }
    return j;
}

// One SMO step on the pair (i, j): αᵢ += yᵢt, αⱼ −= yⱼt with t = b/ā clipped to the box, then
// G += Δαᵢ Q:ᵢ + Δαⱼ Q:ⱼ, i.e. Gₖ += yₖ t (Kₖᵢ − Kₖⱼ).
void smo_step(Smo& s, std::size_t i, std::size_t j) {
    const double a = s.K(i, i) + s.K(j, j) - 2.0 * s.K(i, j);
    const double b = minus_yG(s, i) - minus_yG(s, j);
    // How far t may go before αᵢ or αⱼ reaches its bound (i ∈ I_up, j ∈ I_low: both are > 0).
    const double room_i = s.y[i] == 1 ? s.C - s.alpha[i] : s.alpha[i];
    const double room_j = s.y[j] == 1 ? s.alpha[j] : s.C - s.alpha[j];
    const double t = std::min({b / (a > 0.0 ? a : 1e-12), room_i, room_j});
    s.alpha[i] += s.y[i] * t;
    s.alpha[j] -= s.y[j] * t;
    // A multiplier that reached its bound is set to it exactly, so "αₙ > 0" and "αₙ < C" stay exact.
    if (t == room_i) s.alpha[i] = s.y[i] == 1 ? s.C : 0.0;
    if (t == room_j) s.alpha[j] = s.y[j] == 1 ? 0.0 : s.C;
    for (std::size_t k = 0; k < s.alpha.size(); ++k) s.G[k] += s.y[k] * t * (s.K(k, i) - s.K(k, j));
}

// b = −yₜGₜ averaged over the free multipliers, else the midpoint of [m, M].
double intercept(const Smo& s, const Violation& v) {
    double sum = 0.0;
    std::size_t free = 0;
    for (std::size_t t = 0; t < s.alpha.size(); ++t)
        if (s.alpha[t] > 0.0 && s.alpha[t] < s.C) {
            sum += minus_yG(s, t);
            ++free;
        }
    return free > 0 ? sum / static_cast<double>(free) : 0.5 * (v.m + v.M);
}

SvmModel make_model(const Matrix& X, const std::vector<int>& y, const Kernel& kernel, const Vector& alpha, double b,
                    std::size_t iterations) {
    SvmModel model{alpha, b, {}, kernel, X, y, iterations};
    for (std::size_t n = 0; n < alpha.size(); ++n)
        if (alpha[n] > 0.0) model.support.push_back(n);
    return model;
}

}  // namespace

SvmModel svm_fit(const Matrix& X, const std::vector<int>& y, const Kernel& kernel, double C, double tolerance) {
    require_svm_input("svm_fit", X, y, C);
    if (!(tolerance > 0.0) || !std::isfinite(tolerance))
        throw DomainError("svm_fit: tolerance = " + std::to_string(tolerance) + " — it must be finite and > 0");
    const std::size_t N = X.rows();
    const Matrix K = gram_matrix(kernel, X);
    Smo s{K, y, C, Vector(N), Vector(N, -1.0)};  // α = 0, so G = Q·0 − 1 = −1
    const std::size_t max_steps = std::max<std::size_t>(10'000'000, 100 * N);
    for (std::size_t step = 0;; ++step) {
        const Violation v = violation(s);
        if (v.m - v.M <= tolerance) return make_model(X, y, kernel, s.alpha, intercept(s, v), step);
        if (step == max_steps)
            throw NotConvergedError("svm_fit: SMO took " + std::to_string(max_steps) + " steps and the KKT gap m − M is " +
                                    std::to_string(v.m - v.M) + " > tolerance " + std::to_string(tolerance) +
                                    " — scale the features, lower C, or raise the tolerance");
        smo_step(s, v.i, select_j(s, v.i, v.m));
    }
}

SvmModel svm_fit_qp(const Matrix& X, const std::vector<int>& y, const Kernel& kernel, double C) {
    require_svm_input("svm_fit_qp", X, y, C);
    const std::size_t N = X.rows();
    const Matrix K = gram_matrix(kernel, X);
    // minimise ½αᵀQα − 1ᵀα  s.t.  α ≤ C (rows 0 … N−1),  −α ≤ 0 (rows N … 2N−1),  yᵀα = 0.
    Matrix Q(N, N), A(2 * N, N), E(1, N);
    Vector c(N, -1.0), bound(2 * N);
    for (std::size_t i = 0; i < N; ++i) {
        for (std::size_t j = 0; j < N; ++j) Q(i, j) = y[i] * y[j] * K(i, j);
        A(i, i) = 1.0;
        bound[i] = C;
        A(N + i, i) = -1.0;
        E(0, i) = y[i];
    }
    const QPResult qp = solve_inequality_qp(Q, c, A, bound, E, Vector(1), Vector(N));  // α = 0 is feasible
    // The free multipliers are those with neither bound active; b from yₙ f(xₙ) = 1 on them.
    std::vector<bool> at_bound(N, false);
    for (std::size_t r : qp.active) at_bound[r % N] = true;
    Vector alpha = qp.x;
    for (std::size_t n = 0; n < N; ++n) alpha[n] = std::clamp(alpha[n], 0.0, C);  // remove rounding outside the box
    double sum = 0.0;
    std::size_t free = 0;
    for (std::size_t n = 0; n < N; ++n) {
        if (at_bound[n]) continue;
        double f = 0.0;  // Σₘ αₘ yₘ K(m, n)
        for (std::size_t m = 0; m < N; ++m) f += alpha[m] * y[m] * K(m, n);
        sum += y[n] - f;
        ++free;
    }
    if (free == 0)
        throw DomainError("svm_fit_qp: every multiplier is at a bound, so b is not pinned down by an equation — "
                          "use svm_fit (SMO), which takes b from the KKT interval");
    for (std::size_t n = 0; n < N; ++n)
        if (at_bound[n] && alpha[n] < 0.5 * C) alpha[n] = 0.0;  // an active α ≥ 0 is exactly 0
    return make_model(X, y, kernel, alpha, sum / static_cast<double>(free), qp.iterations);
}

double SvmModel::decision(const Vector& x) const {
    if (x.size() != X.cols())
        throw DimensionError("SvmModel::decision: x has " + std::to_string(x.size()) + " entries but the model was trained on " +
                             std::to_string(X.cols()) + " features");
    double f = b;
    for (std::size_t n : support) f += alpha[n] * y[n] * kernel(X.data() + n * X.cols(), x.data(), x.size());
    return f;
}

int SvmModel::predict(const Vector& x) const { return decision(x) >= 0.0 ? 1 : -1; }

double svm_dual_objective(const Vector& alpha, const std::vector<int>& y, const Matrix& K) {
    const std::size_t N = alpha.size();
    if (y.size() != N || K.rows() != N || K.cols() != N)
        throw DimensionError("svm_dual_objective: " + std::to_string(N) + " multipliers, " + std::to_string(y.size()) +
                             " labels and a " + shape_string(K.rows(), K.cols()) + " Gram matrix — they must agree");
    double linear = 0.0, quadratic = 0.0;
    for (std::size_t i = 0; i < N; ++i) {
        linear += alpha[i];
        for (std::size_t j = 0; j < N; ++j) quadratic += alpha[i] * alpha[j] * y[i] * y[j] * K(i, j);
    }
    return linear - 0.5 * quadratic;
}

double svm_primal_objective(const SvmModel& model, double C) {
    const std::size_t N = model.X.rows(), D = model.X.cols();
    double w2 = 0.0, hinge = 0.0;  // ‖w‖² = αᵀQα and Σₙ max(0, 1 − yₙ f(xₙ))
    for (std::size_t n = 0; n < N; ++n) {
        double f = model.b;
        for (std::size_t m : model.support) {
            const double k = model.kernel(model.X.data() + m * D, model.X.data() + n * D, D);
            f += model.alpha[m] * model.y[m] * k;
            w2 += model.alpha[n] * model.y[n] * model.alpha[m] * model.y[m] * k;
        }
        hinge += std::max(0.0, 1.0 - model.y[n] * f);
    }
    return 0.5 * w2 + C * hinge;
}

Vector svm_weights(const SvmModel& model) {
    if (model.kernel.type() != Kernel::Type::linear)
        throw DomainError("svm_weights: w = Σ αₙ yₙ xₙ exists only for the linear kernel — for other kernels w lives in "
                          "feature space; use decision(x)");
    Vector w(model.X.cols());
    for (std::size_t n : model.support)
        for (std::size_t d = 0; d < w.size(); ++d) w[d] += model.alpha[n] * model.y[n] * model.X(n, d);
    return w;
}

}  // namespace mml
