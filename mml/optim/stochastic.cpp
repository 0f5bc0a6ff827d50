#include "mml/optim/stochastic.hpp"

#include "mml/core/checks.hpp"
#include "mml/core/error.hpp"
#include "mml/linalg/eigen_sym.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace mml {

SGDResult sgd(const std::function<Vector(const Vector&, std::size_t)>& example_gradient,
              const std::function<double(const Vector&, std::size_t)>& example_loss, std::size_t N,
              const Vector& theta0, const SGDOptions& o, Rng& rng) {
    if (N == 0) throw DomainError("sgd: the data set is empty");
    if (!(o.learning_rate > 0.0)) throw DomainError("sgd: the learning rate must be > 0");
    if (o.batch_size == 0) throw DomainError("sgd: the batch size must be at least 1");
    SGDResult r{theta0, {}};
    std::vector<std::size_t> order(N);
    std::iota(order.begin(), order.end(), 0);
    for (std::size_t epoch = 0; epoch < o.epochs; ++epoch) {
        rng.shuffle(order);  // a new random order every epoch
        const double gamma = o.learning_rate / (1.0 + o.decay * static_cast<double>(epoch));
        for (std::size_t start = 0; start < N; start += o.batch_size) {
            const std::size_t end = std::min(N, start + o.batch_size);
            Vector g(r.theta.size());
            for (std::size_t b = start; b < end; ++b) g += example_gradient(r.theta, order[b]);
            r.theta -= (gamma / static_cast<double>(end - start)) * g;  // the mini-batch average gradient
        }
        double loss = 0.0;
        for (std::size_t n = 0; n < N; ++n) loss += example_loss(r.theta, n);
        loss /= static_cast<double>(N);
        if (!std::isfinite(loss)) throw DomainError("sgd: the loss became non-finite in epoch " + std::to_string(epoch) + " — lower the learning rate");
        r.loss_history.push_back(loss);
    }
    return r;
}

bool jensen_holds(const Objective& f, const Vector& lower, const Vector& upper, std::size_t trials, Rng& rng) {
    require_same_size("jensen_holds", lower, upper);
    auto point = [&] {
        Vector x(lower.size());
        for (std::size_t i = 0; i < x.size(); ++i) x[i] = lower[i] + (upper[i] - lower[i]) * rng.uniform();
        return x;
    };
    for (std::size_t t = 0; t < trials; ++t) {
        const Vector x = point(), y = point();
        const double lambda = rng.uniform();
        const double left = f(lambda * x + (1 - lambda) * y), right = lambda * f(x) + (1 - lambda) * f(y);
        if (left > right + 1e-12 * (1.0 + std::abs(right))) return false;
    }
    return true;
}

bool is_positive_semidefinite(const Matrix& H, double tol) {
    const Vector lambda = eig_sym(H).values;
    double scale = 1.0;
    for (double l : lambda) scale = std::max(scale, std::abs(l));
    return lambda[lambda.size() - 1] >= -tol * scale;
}

}  // namespace mml
