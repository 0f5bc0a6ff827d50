// mml/core/matmul.hpp — the matrix product on blocks of larger matrices.        (MML §2.2.1)
//
// `A * B` (matrix.hpp) is what you normally write. This lower-level form is the same
// cache-blocked algorithm (explained in matmul.cpp) on sub-blocks of row-major arrays, the
// interface BLAS calls "gemm". Algorithms that update part of a matrix with a product — the
// trailing update A₂₂ ← A₂₂ − L₂₁U₁₂ of blocked LU (mml/linalg/lu.cpp) — use it to work in
// place without copying blocks out and back.
#pragma once

#include <cstddef>

namespace mml {

// C ← C + α·A·B, where A is m×p, B is p×n and C is m×n, each stored row-major inside a larger
// array whose consecutive rows are lda, ldb, ldc doubles apart (lda ≥ p, ldb ≥ n, ldc ≥ n).
// C must not overlap A or B. No bounds are checked: the caller owns the pointers.
void multiply_add(std::size_t m, std::size_t p, std::size_t n, double alpha, const double* A, std::size_t lda,
                  const double* B, std::size_t ldb, double* C, std::size_t ldc);

}  // namespace mml
