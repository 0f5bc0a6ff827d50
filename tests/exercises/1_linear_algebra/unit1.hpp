// The exercise functions of unit 1 (Linear Algebra). Each is written by the student in
// exercises/1_linear_algebra/<file> (the reference answers are in solutions/1_linear_algebra/).
#pragma once

#include "mml/linalg.hpp"

namespace mml::exercises {

// 1.01  y = A x                                              (01_matvec.cpp)
Vector matvec(const Matrix& A, const Vector& x);
// 1.02  C = A B                                              (02_matmul.cpp)
Matrix matmul(const Matrix& A, const Matrix& B);
// 1.03  Aᵀ                                                   (03_transpose.cpp)
Matrix my_transpose(const Matrix& A);
// 1.04  solve U x = b for upper-triangular U                 (04_back_substitution.cpp)
Vector back_substitution(const Matrix& U, const Vector& b);
// 1.05  Forward substitution  (05_forward_substitution.cpp)
Vector forward_substitution(const Matrix& L, const Vector& b);
// 1.06  Reduced row-echelon form and pivot columns  (06_rref.cpp)
RowEchelon my_rref(const Matrix& A, double tol);
// 1.07  Rank  (07_rank.cpp)
std::size_t my_rank(const Matrix& A);
// 1.08  A basis of the null space  (08_null_space.cpp)
Matrix my_null_space(const Matrix& A);
// 1.09  Inverse by Gauss–Jordan  (09_inverse_gauss_jordan.cpp)
Matrix inverse_gauss_jordan(const Matrix& A);
// 1.10  Determinant by cofactor expansion  (10_determinant_cofactor.cpp)
double det_cofactor(const Matrix& A);
// 1.11  LU decomposition with partial pivoting  (11_lu.cpp)
LU my_lu(const Matrix& A);
// 1.12  Cholesky factorisation  (12_cholesky.cpp)
Matrix my_cholesky(const Matrix& A);
// 1.13  A Householder reflection  (13_householder.cpp)
Matrix householder_reflection(const Vector& x);
// 1.14  PageRank by power iteration  (14_pagerank.cpp)
Vector pagerank(const Matrix& links, double damping, double tol);
// 1.15  Rank-k approximation by SVD  (15_rank_k_approximation.cpp)
Matrix best_rank_k(const Matrix& A, std::size_t k);
// 1.16  The Jacobi eigenvalue method  (16_jacobi_eigenvalues.cpp)
Vector jacobi_eigenvalues(const Matrix& A, double tol);

}  // namespace mml::exercises
