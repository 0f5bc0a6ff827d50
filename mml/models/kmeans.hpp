// mml/models/kmeans.hpp — k-means clustering (Lloyd's algorithm) with k-means++ seeding.
//                                                        (MML ch. 11; Bishop, PRML §9.1, §9.3.2)
//
// k-means looks for K centres c₁ … c_K minimising the inertia (within-cluster sum of squares)
//     J = Σₙ minₖ ‖xₙ − cₖ‖².
// Lloyd's algorithm (Lloyd 1957/1982) alternates two steps, each of which can only lower J:
//   assignment: every example goes to its nearest centre, zₙ = argminₖ ‖xₙ − cₖ‖² (ties: lowest k);
//   update:     every centre moves to the mean of its examples, cₖ = mean{xₙ : zₙ = k}.
// There are finitely many assignments and J never rises, so it stops — at a local minimum that
// depends on the start. k-means++ (Arthur & Vassilvitskii 2007) starts well: the first centre is
// a uniformly random example; each next one is example n with probability proportional to
// D(xₙ)², its squared distance to the nearest centre chosen so far. (Its expected J is within a
// factor 8(ln K + 2) of the optimum.)
//
// The link to EM (Bishop §9.3.2): k-means is EM for a mixture with equal weights and a shared
// isotropic covariance σ²I, in the limit σ² → 0. Then r_nk ∝ exp(−‖xₙ − μₖ‖²/(2σ²)) puts all
// of its mass on the nearest mean — the responsibilities become hard (0 or 1), the E-step
// becomes the assignment step, and the M-step for the means becomes the update step.
//
// An empty cluster (no example nearest to its centre) gets the example farthest from its own
// centre — the one J describes worst — so every centre keeps describing data.
#pragma once
#include "mml/core/matrix.hpp"
#include "mml/prob/rng.hpp"

#include <cstddef>
#include <vector>

namespace mml {

struct ClusterAssignment {
    std::vector<std::size_t> assignments;  // zₙ ∈ {0, …, K−1}, the nearest centre (ties: the lowest index)
    double inertia = 0.0;                  // J = Σₙ ‖xₙ − c_{zₙ}‖²
};
// The assignment step for data X (N × D) and centres C (K × D, one centre per row).
ClusterAssignment assign_to_centres(const Matrix& X, const Matrix& C);

// K initial centres (K × D, rows are examples of X) by k-means++ D² sampling. 1 ≤ K ≤ N. If fewer
// than K distinct examples exist, some centres repeat.
Matrix kmeans_plus_plus(const Matrix& X, std::size_t K, Rng& rng);

struct KMeansResult {
    Matrix centres;                        // K × D
    std::vector<std::size_t> assignments;  // zₙ
    double inertia = 0.0;                  // J at the returned centres
    std::size_t iterations = 0;            // update steps taken
    bool converged = false;                // the assignments stopped changing
};
// Lloyd's algorithm from k-means++ centres, until the assignments stop changing or
// max_iterations update steps (then converged = false). DomainError for K = 0 or K > N, NaN/∞.
KMeansResult kmeans(const Matrix& X, std::size_t K, Rng& rng, std::size_t max_iterations = 300);

}  // namespace mml
