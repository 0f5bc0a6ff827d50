// mml/models/training.cpp — the mini-batch loop: shuffle, forward + backward per batch, and an
// SGD or Adam step on every weight matrix and bias vector in place.
#include "mml/models/training.hpp"

#include "mml/core/error.hpp"
#include "mml/models/checks.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>

namespace mml {

namespace {

void require_options(const TrainOptions& o) {
    const bool ok = o.learning_rate > 0.0 && std::isfinite(o.learning_rate) && o.batch_size > 0 && o.lambda >= 0.0 &&
                    std::isfinite(o.lambda) && o.beta1 >= 0.0 && o.beta1 < 1.0 && o.beta2 >= 0.0 && o.beta2 < 1.0 &&
                    o.epsilon > 0.0;
    if (!ok)
        throw DomainError("train_mlp: the options need learning_rate > 0, batch_size >= 1, lambda >= 0, "
                          "0 <= beta1, beta2 < 1 and epsilon > 0 (got learning_rate = " + std::to_string(o.learning_rate) +
                          ", batch_size = " + std::to_string(o.batch_size) + ", lambda = " + std::to_string(o.lambda) + ")");
}

// The rows `rows[first … first + count − 1]` of X and their labels, as a mini-batch.
void gather(const Matrix& X, const std::vector<std::size_t>& labels, const std::vector<std::size_t>& rows,
            std::size_t first, std::size_t count, Matrix& XB, std::vector<std::size_t>& yB) {
    const std::size_t D = X.cols();
    XB = Matrix(count, D);
    yB.resize(count);
    for (std::size_t r = 0; r < count; ++r) {
        const std::size_t n = rows[first + r];
        std::copy(X.data() + n * D, X.data() + (n + 1) * D, XB.data() + r * D);  // row n, contiguous
        yB[r] = labels[n];
    }
}

// One step on n parameters θ with gradient g, scaled by `scale`; m and v are Adam's moments,
// t the step number (from 1).
void step(double* theta, const double* g, double scale, double* m, double* v, std::size_t n, double t,
          const TrainOptions& o) {
    if (o.method == Optimizer::sgd) {
        for (std::size_t i = 0; i < n; ++i) theta[i] -= o.learning_rate * scale * g[i];  // θ ← θ − γg
        return;
    }
    const double c1 = 1.0 - std::pow(o.beta1, t), c2 = 1.0 - std::pow(o.beta2, t);  // bias corrections
    for (std::size_t i = 0; i < n; ++i) {
        const double gi = scale * g[i];
        m[i] = o.beta1 * m[i] + (1.0 - o.beta1) * gi;
        v[i] = o.beta2 * v[i] + (1.0 - o.beta2) * gi * gi;
        theta[i] -= o.learning_rate * (m[i] / c1) / (std::sqrt(v[i] / c2) + o.epsilon);
    }
}

DomainError diverged(std::size_t epoch, const TrainOptions& o, const std::string& what) {
    return DomainError("train_mlp: " + what + " in epoch " + std::to_string(epoch) + " — the iterates diverged: the " +
                       "learning rate " + std::to_string(o.learning_rate) + " is too large; lower it");
}

// The batch's gradient. The labels and shapes were checked before the loop, so a DomainError here
// means non-finite scores: weights that have run off to ±∞.
MlpGradient batch_gradient(const Mlp& net, const Matrix& XB, const std::vector<std::size_t>& yB, double lambda,
                           std::size_t epoch, const TrainOptions& o) {
    try {
        return mlp_loss_and_gradient(net, XB, yB, lambda);
    } catch (const DomainError& e) {
        throw diverged(epoch, o, std::string("the scores are not finite (") + e.what() + ")");
    }
}

// Adam's first and second moments m and v, one per parameter, shaped like each W_l and b_l.
struct Moments {
    std::vector<Matrix> mW, vW;
    std::vector<Vector> mb, vb;
    explicit Moments(const Mlp& net) {
        for (const DenseLayer& layer : net.layers) {
            mW.emplace_back(layer.W.rows(), layer.W.cols());
            vW.emplace_back(layer.W.rows(), layer.W.cols());
            mb.emplace_back(layer.b.size());
            vb.emplace_back(layer.b.size());
        }
    }
};

// One step on every W_l and b_l from the gradient of a batch of `count` examples (step t).
void update(Mlp& net, const MlpGradient& g, std::size_t count, Moments& moments, double t, const TrainOptions& o) {
    const double scale = 1.0 / static_cast<double>(count);  // the batch average
    for (std::size_t l = 0; l < net.layers.size(); ++l) {
        DenseLayer& layer = net.layers[l];
        step(layer.W.data(), g.dW[l].data(), scale, moments.mW[l].data(), moments.vW[l].data(),
             layer.W.rows() * layer.W.cols(), t, o);
        step(layer.b.data(), g.db[l].data(), scale, moments.mb[l].data(), moments.vb[l].data(), layer.b.size(), t, o);
    }
}

}  // namespace

TrainResult train_mlp(const Mlp& initial, const Matrix& X, const std::vector<std::size_t>& labels,
                      const TrainOptions& options, Rng& rng) {
    require_options(options);
    require_data("train_mlp", X);
    if (initial.layers.empty()) throw DimensionError("train_mlp: the network has no layers — build it with make_mlp");
    require_class_labels("train_mlp", labels, X.rows(), initial.layers.back().outputs());
    const std::size_t N = X.rows();
    TrainResult result{initial, {}};
    Moments moments(initial);
    std::vector<std::size_t> order(N);
    std::iota(order.begin(), order.end(), std::size_t{0});
    Matrix XB;
    std::vector<std::size_t> yB;
    double t = 0.0;  // steps taken
    for (std::size_t epoch = 0; epoch < options.epochs; ++epoch) {
        rng.shuffle(order);
        for (std::size_t first = 0; first < N; first += options.batch_size) {
            const std::size_t count = std::min(options.batch_size, N - first);
            gather(X, labels, order, first, count, XB, yB);
            // λ|B|/N on the batch gives (λ/N)W after the 1/|B| averaging in update().
            const double batch_lambda = options.lambda * static_cast<double>(count) / static_cast<double>(N);
            const MlpGradient g = batch_gradient(result.model, XB, yB, batch_lambda, epoch, options);
            t += 1.0;
            update(result.model, g, count, moments, t, options);
        }
        const double J = mlp_objective(result.model, X, labels, options.lambda);
        if (!std::isfinite(J)) throw diverged(epoch, options, "the objective became " + std::to_string(J));
        result.objective.push_back(J);
    }
    return result;
}

}  // namespace mml
