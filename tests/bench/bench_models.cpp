// Benchmark: the models of mml/models on real data — the accuracy they reach and the time it takes.
//
//     build/test/bench/bench_models
//
// 1. The 8×8 digits (notebooks/data/digits.csv, 1 797 images): a seeded 80/20 split (unit 6's
//    train_test_split, seed 2024), pixels scaled to [0, 1] by /16; a 64-32-10 tanh network
//    (Glorot init, seed 7) trained by mini-batch Adam (γ = 0.005, batches of 32, λ = 1e-3, 40
//    epochs), against softmax regression (λ = 1, unit 4's Newton) as the linear baseline.
//    Test accuracy and training time (best of 3 identical seeded runs).
// 2. Timings of the other models: EM on Old Faithful (K = 2, from gmm_initial, seed 1), k-means on
//    the digits (K = 10, seed 1), SMO on 1 000 2-D points (RBF, γ = 1, C = 1, tolerance 1e-3 —
//    LIBSVM's default — and 1e-8).
#include "mml/models.hpp"
#include "mml/stats.hpp"

#include "../mml/models/data.hpp"
#include "timing.hpp"

#include <cstdio>

using mml::bench::best_seconds;
using namespace mml;

namespace {

std::vector<std::size_t> as_labels(const Vector& y) {
    std::vector<std::size_t> labels(y.size());
    for (std::size_t n = 0; n < y.size(); ++n) labels[n] = static_cast<std::size_t>(y[n]);
    return labels;
}

void digits() {
    const LabelledData data = mml::testing::load_labelled("digits.csv", "digit");
    Vector y(data.classes.size());
    for (std::size_t n = 0; n < y.size(); ++n) y[n] = static_cast<double>(data.classes[n]);
    Rng split_rng(2024);
    const TrainTestSplit split = train_test_split(make_dataset(data.X / 16.0, y), 0.2, split_rng);
    const auto y_train = as_labels(split.train.y), y_test = as_labels(split.test.y);
    std::printf("digits: %zu training and %zu test images, 64 pixels, 10 classes\n\n", y_train.size(), y_test.size());

    TrainOptions options;
    options.learning_rate = 0.005;
    options.batch_size = 32;
    options.epochs = 40;
    options.lambda = 1e-3;
    TrainResult fit;
    const double mlp_seconds = best_seconds(
        [&] {
            Rng rng(7);
            fit = train_mlp(make_mlp({64, 32, 10}, Activation::tanh, rng), split.train.X, y_train, options, rng);
        },
        3);
    SoftmaxRegression linear;
    const double linear_seconds =
        best_seconds([&] { linear = softmax_regression(split.train.X, y_train, 10, 1.0); }, 3);
    std::printf("%-44s %10s %10s %10s\n", "model", "train acc", "test acc", "seconds");
    std::printf("%-44s %10.4f %10.4f %10.3f\n", "MLP 64-32-10 tanh, Adam, 40 epochs", accuracy(fit.model.predict(split.train.X), y_train),
                accuracy(fit.model.predict(split.test.X), y_test), mlp_seconds);
    std::printf("%-44s %10.4f %10.4f %10.3f\n", "softmax regression (Newton, lambda = 1)",
                accuracy(linear.model.predict(split.train.X), y_train), accuracy(linear.model.predict(split.test.X), y_test),
                linear_seconds);
    std::printf("(MLP objective J: %.1f after epoch 1, %.1f after epoch %zu; Newton steps: %zu)\n\n", fit.objective.front(),
                fit.objective.back(), fit.objective.size(), linear.iterations);
}

void other_models() {
    const CsvTable faithful = read_csv_file(mml::testing::data_path("faithful.csv"), true);
    GmmFit gmm;
    const double gmm_seconds = best_seconds(
        [&] {
            Rng rng(1);
            gmm = fit_gmm(faithful.values, gmm_initial(faithful.values, 2, rng));
        },
        3);
    std::printf("EM, Old Faithful (272 x 2), K = 2: %zu iterations, log-likelihood %.4f, %.4f s\n", gmm.iterations,
                gmm.log_likelihoods.back(), gmm_seconds);

    const LabelledData data = mml::testing::load_labelled("digits.csv", "digit");
    KMeansResult km;
    const double km_seconds = best_seconds(
        [&] {
            Rng rng(1);
            km = kmeans(data.X, 10, rng);
        },
        3);
    std::printf("k-means, digits (1797 x 64), K = 10: %zu iterations, inertia %.0f, %.4f s\n", km.iterations, km.inertia,
                km_seconds);

    Rng rng(5);
    const std::size_t N = 1000;
    Matrix X(N, 2);
    std::vector<int> y(N);
    for (std::size_t n = 0; n < N; ++n) {  // noisy XOR
        X(n, 0) = 2.0 * rng.uniform() - 1.0;
        X(n, 1) = 2.0 * rng.uniform() - 1.0;
        y[n] = (X(n, 0) * X(n, 1) > 0) == (rng.uniform() > 0.05) ? 1 : -1;
    }
    for (double tolerance : {1e-3, 1e-8}) {
        SvmModel svm;
        const double svm_seconds = best_seconds([&] { svm = svm_fit(X, y, Kernel::rbf(1.0), 1.0, tolerance); }, 3);
        std::printf("SMO, noisy XOR (1000 x 2), RBF, C = 1, tolerance %.0e: %zu steps, %zu support vectors, %.4f s\n",
                    tolerance, svm.iterations, svm.support.size(), svm_seconds);
    }
}

}  // namespace

int main() {
    digits();
    other_models();
}
