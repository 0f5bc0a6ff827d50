// mml/core/matmul.cpp — the matrix product C = AB, fast and still readable.   (MML §2.2.1)
//
// The definition Cᵢⱼ = Σₖ Aᵢₖ Bₖⱼ gives the textbook triple loop
//
//     for i: for j: for k: C(i,j) += A(i,k) * B(k,j)          ("i-j-k")
//
// It does the right arithmetic, 2·m·p·n floating-point operations, but it is
// slow for a reason that has nothing to do with arithmetic: memory. The
// innermost loop walks *down a column* of B. In row-major storage B(k,j) and
// B(k+1,j) are n doubles apart, so every step touches a new 64-byte cache
// line and uses 8 bytes of it. The processor spends its time waiting.
//
// Three ideas, each a few lines below, make the same arithmetic about an
// order of magnitude faster (the benchmark tests/bench/bench_matmul.cpp
// measures each claim):
//
//  1. Loop order i-k-j. Swap the two inner loops:
//         for i: for k: { a = A(i,k); for j: C(i,j) += a * B(k,j) }
//     Now the inner loop walks along a row of B and a row of C: contiguous
//     memory, every byte of every cache line used, and the compiler can use
//     SIMD instructions that do 4 (AVX) multiply-adds at once.
//
//  2. Blocking (tiling). Even in i-k-j order, each row i of C streams all of
//     B (8 MB at n = 1024) through the cache. We cut B into panels of
//     KC rows × NC columns (256 × 256 doubles = 512 KB, sized to sit in the
//     L2 cache) and finish all the work for one panel — every row of A —
//     before moving to the next, so each panel is loaded from main memory
//     once instead of m times.
//
//  3. A register tile. Inside a panel we compute a small MR × NR = 4 × 16
//     block of C in local variables, running k across the whole panel. Each
//     B(k, j..j+15) we load is used for 4 rows, each A(i,k) for 16 columns,
//     and the 64 partial sums stay in the processor's vector registers until
//     the end of the panel instead of going to memory and back at every k.
//
// A compiler note: GCC would rather vectorise the k-loop of the tile (pairs
// of k at a time), which breaks idea 3; CMakeLists.txt turns that off for this
// file only (-fno-tree-loop-vectorize) and GCC then vectorises across the 16
// columns as intended. The code is the same either way.
//
// No memory is allocated beyond the result C. The tile sizes are constants
// you can change; the answer is the same (up to rounding), only the speed is not.
#include "mml/core/error.hpp"
#include "mml/core/matmul.hpp"
#include "mml/core/matrix.hpp"

#include <algorithm>
#include <cstddef>
#include <string>

namespace mml {

namespace {

constexpr std::size_t MR = 4;    // rows of the register tile of C
constexpr std::size_t NR = 16;   // columns of the register tile (2 AVX-512 or 4 AVX registers per row)
constexpr std::size_t KC = 256;  // rows of a B panel   (the k-range of one pass)
constexpr std::size_t NC = 256;  // columns of a B panel

// C[i0:i0+MR, j0:j0+NR] += α · A[i0:i0+MR, k0:k1] · B[k0:k1, j0:j0+NR] for a full 4×16 tile.
// Row-major arrays whose rows are lda, ldb, ldc doubles apart.
void full_tile(const double* A, std::size_t lda, const double* B, std::size_t ldb, double* C, std::size_t ldc,
               double alpha, std::size_t i0, std::size_t j0, std::size_t k0, std::size_t k1) {
    double c[MR][NR] = {};  // the tile of C, kept in registers
    for (std::size_t k = k0; k < k1; ++k) {
        double b[NR];  // B(k, j0..j0+NR-1): contiguous, loaded once and used for all MR rows
        for (std::size_t s = 0; s < NR; ++s) b[s] = B[k * ldb + j0 + s];
        for (std::size_t r = 0; r < MR; ++r) {
            const double a = A[(i0 + r) * lda + k];                    // A(i0+r, k), used NR times
            for (std::size_t s = 0; s < NR; ++s) c[r][s] += a * b[s];  // vectorised by the compiler
        }
    }
    for (std::size_t r = 0; r < MR; ++r)
        for (std::size_t s = 0; s < NR; ++s) C[(i0 + r) * ldc + j0 + s] += alpha * c[r][s];
}

// The same for a partial tile at the bottom or right edge (mr ≤ MR rows, nr ≤ NR columns),
// in plain i-k-j order: edges are a small fraction of the work, so simplicity wins here.
void edge_tile(const double* A, std::size_t lda, const double* B, std::size_t ldb, double* C, std::size_t ldc,
               double alpha, std::size_t i0, std::size_t mr, std::size_t j0, std::size_t nr, std::size_t k0,
               std::size_t k1) {
    for (std::size_t r = 0; r < mr; ++r) {
        double* c = C + (i0 + r) * ldc + j0;
        for (std::size_t k = k0; k < k1; ++k) {
            const double a = alpha * A[(i0 + r) * lda + k];
            const double* b = B + k * ldb + j0;
            for (std::size_t s = 0; s < nr; ++s) c[s] += a * b[s];
        }
    }
}

}  // namespace

void multiply_add(std::size_t m, std::size_t p, std::size_t n, double alpha, const double* A, std::size_t lda,
                  const double* B, std::size_t ldb, double* C, std::size_t ldc) {
    for (std::size_t j0 = 0; j0 < n; j0 += NC) {          // a band of NC columns of B and C
        const std::size_t j1 = std::min(j0 + NC, n);
        for (std::size_t k0 = 0; k0 < p; k0 += KC) {      // ... times a band of KC rows: one panel of B
            const std::size_t k1 = std::min(k0 + KC, p);
            for (std::size_t i = 0; i < m; i += MR) {     // every row of A reuses the panel (in cache)
                const std::size_t mr = std::min(MR, m - i);
                for (std::size_t j = j0; j < j1; j += NR) {
                    const std::size_t nr = std::min(NR, j1 - j);
                    if (mr == MR && nr == NR)
                        full_tile(A, lda, B, ldb, C, ldc, alpha, i, j, k0, k1);
                    else
                        edge_tile(A, lda, B, ldb, C, ldc, alpha, i, mr, j, nr, k0, k1);
                }
            }
        }
    }
}

Matrix operator*(const Matrix& A, const Matrix& B) {
    if (A.cols() != B.rows()) {
        throw DimensionError("Matrix * Matrix: " + shape_string(A.rows(), A.cols()) + " times " +
                             shape_string(B.rows(), B.cols()) + " — inner dimensions " + std::to_string(A.cols()) +
                             " and " + std::to_string(B.rows()) +
                             " differ; A * B needs A.cols() == B.rows() (did you mean transpose(A) or B * A?)");
    }
    Matrix C(A.rows(), B.cols());  // starts at zero; every panel adds its share
    multiply_add(A.rows(), A.cols(), B.cols(), 1.0, A.data(), A.cols(), B.data(), B.cols(), C.data(), C.cols());
    return C;
}

}  // namespace mml
