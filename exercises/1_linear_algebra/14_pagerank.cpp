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

namespace mml::exercises {

Vector pagerank(const Matrix& links, double damping, double tol) {
    MML_TODO();  // replace this line with your answer
}

}  // namespace mml::exercises
