// Exercise 1.11 — LU decomposition with partial pivoting, P A = L U        (MML §2.3.3, §4.1)
//
// Task:    factor a square A as P A = L U: Gaussian elimination where you record each
//          multiplier ℓᵢₖ = uᵢₖ/uₖₖ in L (unit lower triangular) and keep the eliminated matrix
//          as U (upper triangular). Before eliminating column k, swap up the row with the
//          largest |uᵢₖ| (partial pivoting); P records the swaps.
// Input:   A, an n×n matrix.
// Output:  LU{L, U, P, perm, sign} (mml/linalg/lu.hpp): P the permutation matrix with
//          P(i, perm[i]) = 1, sign = det(P) = (−1)^(number of swaps).
// Errors:  a column with no non-zero pivot (|pivot| ≤ 1e-12 · max|aᵢⱼ|) → mml::SingularMatrixError.
// Example: A = [[1, 2], [3, 4]]: the larger pivot 3 is swapped up, perm = [1, 0],
//          L = [[1, 0], [1/3, 1]], U = [[3, 4], [0, 2/3]], sign = −1.
// Hint:    when you swap rows k and p of U, swap the multipliers already stored in L (columns
//          0 … k−1) too. Do not call mml::lu.
//
// Check:   build/exercises/mml-check 1.11
#include "unit1.hpp"

namespace mml::exercises {

LU my_lu(const Matrix& A) {
    MML_TODO();  // replace this line with your answer
}

}  // namespace mml::exercises
