// Exercise 1.14 — PageRank: the dominant eigenvector by power iteration      (MML §4.2)
//
// Task:    rank the pages of a small web. links(i, j) = 1 when page j links to page i.
//          1. M: divide each column j by its number of out-links (a page with none is taken to
//             link to every page, column 1/n), so every column of M sums to 1.
//          2. The Google matrix G = d·M + (1 − d)/n · 𝟙𝟙ᵀ with damping d (the surfer follows a
//             link with probability d, or jumps to a random page).
//          3. Power iteration: r₀ = (1/n, …, 1/n), r_{k+1} = G r_k, until ‖r_{k+1} − r_k‖₁ < tol.
//          G is column-stochastic with positive entries, so its dominant eigenvalue is 1 and the
//          iteration converges to the eigenvector r = G r with Σ rᵢ = 1: the PageRank.
// Input:   links, n×n with entries 0 or 1; damping d in (0, 1); tol > 0.
// Output:  r, entries positive, summing to 1.
// Errors:  links not square → mml::DimensionError; d outside (0, 1) or tol ≤ 0 → mml::DomainError.
// Example: a cycle 0 → 1 → 2 → 0 gives r = (1/3, 1/3, 1/3) for every d.
// Hint:    stop after, say, 10 000 iterations with mml::NotConvergedError.
//
// Check:   build/exercises/mml-check 1.14
#include "unit1.hpp"

#include <cmath>
#include <string>

namespace mml::exercises {

Vector pagerank(const Matrix& links, double damping, double tol) {
    if (!links.is_square() || links.empty())
        throw DimensionError("pagerank: links must be a non-empty square matrix, got " + std::to_string(links.rows()) +
                             "x" + std::to_string(links.cols()));
    if (!(damping > 0.0 && damping < 1.0))
        throw DomainError("pagerank: the damping factor must lie in (0, 1), got " + std::to_string(damping));
    if (!(tol > 0.0)) throw DomainError("pagerank: tol must be positive");
    const std::size_t n = links.rows();
    const double nd = static_cast<double>(n);
    // M: column-stochastic link matrix (dangling pages link everywhere).
    Matrix M(n, n);
    for (std::size_t j = 0; j < n; ++j) {
        double out = 0.0;
        for (std::size_t i = 0; i < n; ++i) out += links(i, j);
        for (std::size_t i = 0; i < n; ++i) M(i, j) = out > 0.0 ? links(i, j) / out : 1.0 / nd;
    }
    Matrix G(n, n);  // G = d·M + (1 − d)/n · 𝟙𝟙ᵀ
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j) G(i, j) = damping * M(i, j) + (1.0 - damping) / nd;
    Vector r(n, 1.0 / nd);
    for (int iteration = 0; iteration < 10000; ++iteration) {
        const Vector next = G * r;
        double change = 0.0;
        for (std::size_t i = 0; i < n; ++i) change += std::abs(next[i] - r[i]);
        r = next;
        if (change < tol) return r;
    }
    throw NotConvergedError("pagerank: no convergence in 10000 iterations");
}

}  // namespace mml::exercises
