// mml/models/kmeans.cpp — Lloyd's two steps (assign to the nearest centre, move each centre to
// its cluster's mean) and k-means++ D² seeding (Arthur & Vassilvitskii 2007).
#include "mml/models/kmeans.hpp"

#include "mml/core/error.hpp"
#include "mml/models/checks.hpp"
#include "mml/prob/discrete.hpp"

#include <limits>
#include <string>

namespace mml {

namespace {

// ‖a − b‖² over D contiguous entries (rows of row-major matrices).
double squared_distance(const double* a, const double* b, std::size_t D) {
    double s = 0.0;
    for (std::size_t d = 0; d < D; ++d) s += (a[d] - b[d]) * (a[d] - b[d]);
    return s;
}

// The update step: cₖ = the mean of the examples assigned to k. An empty cluster takes the
// example with the largest ‖xₙ − c_{zₙ}‖² (each such example is taken once).
Matrix update_centres(const Matrix& X, const Matrix& C, const std::vector<std::size_t>& z) {
    const std::size_t N = X.rows(), D = X.cols(), K = C.rows();
    Matrix next(K, D);
    std::vector<std::size_t> count(K, 0);
    for (std::size_t n = 0; n < N; ++n) {
        ++count[z[n]];
        for (std::size_t d = 0; d < D; ++d) next(z[n], d) += X(n, d);
    }
    std::vector<double> distance(N);
    for (std::size_t n = 0; n < N; ++n) distance[n] = squared_distance(X.data() + n * D, C.data() + z[n] * D, D);
    for (std::size_t k = 0; k < K; ++k) {
        if (count[k] > 0) {
            for (std::size_t d = 0; d < D; ++d) next(k, d) /= static_cast<double>(count[k]);
            continue;
        }
        std::size_t farthest = 0;
        for (std::size_t n = 1; n < N; ++n)
            if (distance[n] > distance[farthest]) farthest = n;
        for (std::size_t d = 0; d < D; ++d) next(k, d) = X(farthest, d);
        distance[farthest] = -1.0;  // not again for another empty cluster
    }
    return next;
}

}  // namespace

ClusterAssignment assign_to_centres(const Matrix& X, const Matrix& C) {
    require_data("assign_to_centres", X);
    require_data("assign_to_centres", C);
    if (C.cols() != X.cols())
        throw DimensionError("assign_to_centres: X is " + shape_string(X.rows(), X.cols()) + " but the centres are " +
                             shape_string(C.rows(), C.cols()) + " — centres need as many columns as X");
    const std::size_t N = X.rows(), D = X.cols(), K = C.rows();
    ClusterAssignment result{std::vector<std::size_t>(N), 0.0};
    for (std::size_t n = 0; n < N; ++n) {
        double best = std::numeric_limits<double>::infinity();
        for (std::size_t k = 0; k < K; ++k) {
            const double d2 = squared_distance(X.data() + n * D, C.data() + k * D, D);
            if (d2 < best) {  // strict: a tie keeps the lower index
                best = d2;
                result.assignments[n] = k;
            }
        }
        result.inertia += best;
    }
    return result;
}

Matrix kmeans_plus_plus(const Matrix& X, std::size_t K, Rng& rng) {
    require_data("kmeans_plus_plus", X);
    require_cluster_count("kmeans_plus_plus", K, X.rows());
    const std::size_t N = X.rows(), D = X.cols();
    Matrix C(K, D);
    std::size_t chosen = static_cast<std::size_t>(rng.uniform_int(N));  // the first centre: uniform
    std::vector<double> D2(N, std::numeric_limits<double>::infinity());  // D(xₙ)², to the nearest centre so far
    for (std::size_t k = 0; k < K; ++k) {
        if (k > 0) {
            double total = 0.0;
            for (double d2 : D2) total += d2;
            if (total > 0.0) {  // P(n) = D(xₙ)² / Σₘ D(xₘ)², by unit 5's Categorical
                std::vector<double> p(N);
                for (std::size_t n = 0; n < N; ++n) p[n] = D2[n] / total;
                chosen = static_cast<std::size_t>(Categorical(p).sample(rng));
            } else {  // every example coincides with a centre: any choice repeats one
                chosen = static_cast<std::size_t>(rng.uniform_int(N));
            }
        }
        for (std::size_t d = 0; d < D; ++d) C(k, d) = X(chosen, d);
        for (std::size_t n = 0; n < N; ++n) {
            const double d2 = squared_distance(X.data() + n * D, C.data() + k * D, D);
            if (d2 < D2[n]) D2[n] = d2;
        }
    }
    return C;
}

KMeansResult kmeans(const Matrix& X, std::size_t K, Rng& rng, std::size_t max_iterations) {
    KMeansResult result;
    result.centres = kmeans_plus_plus(X, K, rng);
    ClusterAssignment current = assign_to_centres(X, result.centres);
    while (result.iterations < max_iterations) {
        result.centres = update_centres(X, result.centres, current.assignments);
        ClusterAssignment next = assign_to_centres(X, result.centres);
        ++result.iterations;
        const bool unchanged = next.assignments == current.assignments;
        current = next;
        if (unchanged) {
            result.converged = true;
            break;
        }
    }
    result.assignments = current.assignments;
    result.inertia = current.inertia;
    return result;
}

}  // namespace mml
