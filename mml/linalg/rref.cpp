#include "mml/linalg/rref.hpp"

#include "mml/core/checks.hpp"
#include "mml/core/error.hpp"
#include "mml/linalg/lu.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <sstream>
#include <utility>

namespace mml {

namespace {

// tol = max(m, n)·ε·‖A‖∞, ‖A‖∞ = the largest absolute row sum (MATLAB's rref uses the same).
double elimination_tolerance(const Matrix& A) {
    double norm_inf = 0.0;
    for (std::size_t i = 0; i < A.rows(); ++i) {
        double row_sum = 0.0;
        for (std::size_t j = 0; j < A.cols(); ++j) row_sum += std::abs(A(i, j));
        norm_inf = std::max(norm_inf, row_sum);
    }
    return static_cast<double>(std::max(A.rows(), A.cols())) * std::numeric_limits<double>::epsilon() * norm_inf;
}

// Gaussian elimination on M (in place), optionally to the reduced form. Returns the pivot columns.
std::vector<std::size_t> eliminate(Matrix& M, bool reduced, double tol) {
    const std::size_t m = M.rows(), n = M.cols();
    double* a = M.data();
    std::vector<std::size_t> pivots;
    std::size_t row = 0;
    for (std::size_t col = 0; col < n && row < m; ++col) {
        std::size_t p = row;  // partial pivoting within this column
        for (std::size_t i = row + 1; i < m; ++i)
            if (std::abs(a[i * n + col]) > std::abs(a[p * n + col])) p = i;
        if (std::abs(a[p * n + col]) <= tol) {  // no pivot: a free column
            for (std::size_t i = row; i < m; ++i) a[i * n + col] = 0.0;
            continue;
        }
        if (p != row)
            for (std::size_t j = 0; j < n; ++j) std::swap(a[row * n + j], a[p * n + j]);
        if (reduced) {  // scale the pivot to 1
            const double pivot = a[row * n + col];
            for (std::size_t j = col; j < n; ++j) a[row * n + j] /= pivot;
            a[row * n + col] = 1.0;
        }
        for (std::size_t i = reduced ? 0 : row + 1; i < m; ++i) {  // below (REF) or everywhere (RREF)
            if (i == row) continue;
            const double factor = a[i * n + col] / a[row * n + col];
            if (factor == 0.0) continue;
            for (std::size_t j = col; j < n; ++j) a[i * n + j] -= factor * a[row * n + j];
            a[i * n + col] = 0.0;
        }
        pivots.push_back(col);
        ++row;
    }
    return pivots;
}

}  // namespace

RowEchelon row_echelon(const Matrix& A) {
    require_nonempty("row_echelon", A);
    require_finite("row_echelon", A);
    Matrix R = A;
    auto pivots = eliminate(R, false, elimination_tolerance(A));
    return {R, pivots};
}

RowEchelon rref_with_pivots(const Matrix& A) {
    require_nonempty("rref", A);
    require_finite("rref", A);
    Matrix R = A;
    auto pivots = eliminate(R, true, elimination_tolerance(A));
    return {R, pivots};
}

Matrix rref(const Matrix& A) { return rref_with_pivots(A).R; }

std::vector<std::size_t> pivot_columns(const Matrix& A) { return rref_with_pivots(A).pivots; }

Matrix null_space(const Matrix& A) {
    const auto [R, pivots] = rref_with_pivots(A);
    const std::size_t n = A.cols();
    std::vector<bool> is_pivot(n, false);
    for (std::size_t p : pivots) is_pivot[p] = true;
    Matrix N(n, n - pivots.size());
    std::size_t c = 0;
    for (std::size_t free = 0; free < n; ++free) {
        if (is_pivot[free]) continue;
        // Minus-1 trick: x_free = −1, other free variables 0, basic variable of pivot row i = R(i, free).
        N(free, c) = -1.0;
        for (std::size_t i = 0; i < pivots.size(); ++i) N(pivots[i], c) = R(i, free);
        ++c;
    }
    return N;
}

Matrix column_space(const Matrix& A) {
    const auto pivots = pivot_columns(A);
    Matrix C(A.rows(), pivots.size());
    for (std::size_t c = 0; c < pivots.size(); ++c) C.set_col(c, A.col(pivots[c]));
    return C;
}

SolutionSet solution_set(const Matrix& A, const Vector& b) {
    require_rows_match("solution_set", A, b);
    require_finite("solution_set", b);
    const std::size_t m = A.rows(), n = A.cols();
    Matrix Ab(m, n + 1);  // the augmented matrix [A | b]
    for (std::size_t i = 0; i < m; ++i) {
        for (std::size_t j = 0; j < n; ++j) Ab(i, j) = A(i, j);
        Ab(i, n) = b[i];
    }
    const auto [R, pivots] = rref_with_pivots(Ab);
    if (!pivots.empty() && pivots.back() == n) {  // a row [0 … 0 | 1]: 0 = 1
        std::ostringstream msg;
        msg << "solution_set: Ax = b has no solution — row " << pivots.size() - 1
            << " of the reduced system reads 0 = 1 (b is not in the column space of A); least_squares(A, b) gives "
               "the closest x";
        throw DomainError(msg.str());
    }
    Vector x(n);  // free variables 0, basic variable of pivot row i = R(i, n)
    for (std::size_t i = 0; i < pivots.size(); ++i) x[pivots[i]] = R(i, n);
    return {x, null_space(A)};
}

bool is_linearly_independent(const std::vector<Vector>& vectors) {
    if (vectors.empty()) return true;  // the empty set is independent
    for (const auto& v : vectors)
        if (v.size() != vectors.front().size())
            throw DimensionError("is_linearly_independent: the vectors have different sizes (" +
                                 std::to_string(vectors.front().size()) + " and " + std::to_string(v.size()) + ")");
    return pivot_columns(Matrix::from_columns(vectors)).size() == vectors.size();
}

Vector coordinates(const Vector& x, const Matrix& B) {
    require_rows_match("coordinates", B, x);
    if (pivot_columns(B).size() != B.cols())
        throw DomainError("coordinates: the columns of B are linearly dependent, so they are not a basis");
    const SolutionSet s = solution_set(B, x);  // unique, since B has full column rank
    return s.particular;
}

Matrix change_of_basis(const Matrix& B_from, const Matrix& B_to) {
    require_square("change_of_basis", B_to);
    if (B_from.rows() != B_to.rows() || B_from.cols() != B_to.cols())
        throw DimensionError("change_of_basis: the bases are " + shape_string(B_from.rows(), B_from.cols()) + " and " +
                             shape_string(B_to.rows(), B_to.cols()) + " — both must be n x n");
    return solve(B_to, B_from);  // S = B_to⁻¹ B_from, column by column
}

}  // namespace mml
