// Exercise 2.09 — k-nearest-neighbour classification                         (MML §3.3)
//
// Task:    predict the label of x as the majority label among the k training points (rows of
//          X_train) nearest to x in the Euclidean distance ‖xₙ − x‖. Ties: among equally distant
//          points the earlier row counts first; among labels with equally many votes, the smaller label wins.
// Input:   X_train (N×D), labels (N), a point x (D), 1 ≤ k ≤ N.
// Output:  the predicted label.
// Errors:  k = 0 or k > N → mml::DomainError; labels.size() ≠ N → mml::DimensionError.
// Example: training points (0, 0), (0, 1) with label 0 and (3, 0), (3, 1) with label 1:
//          x = (2, 0.5) with k = 3 gets label 1.
// Hint:    std::vector<std::size_t> order(N), std::iota, std::stable_sort, a std::map<int, int> of votes.
//
// Check:   build/exercises/mml-check 2.09
#include "unit2.hpp"

namespace mml::exercises {

int knn_predict(const Matrix& X_train, const std::vector<int>& labels, const Vector& x, std::size_t k) {
    MML_TODO();  // replace this line with your answer
}

}  // namespace mml::exercises
