#include "testing.hpp"
#include "unit7.hpp"

#include <doctest/doctest.h>

using namespace mml;
using mml::testing::near;

TEST_CASE("7.04 k-means assignment: a tie goes to the lower index, the inertia is squared") {
    const auto s = exercises::kmeans_assign(Matrix{{0, 0}, {2, 0}, {1, 0}}, Matrix{{0, 0}, {2, 0}});
    CHECK(s.assignments == std::vector<std::size_t>{0, 1, 0});
    CHECK(s.inertia == near(1.0, 0.0));
    // Distances 3 and 4 from the nearest centres: the inertia is 9 + 16 = 25, not 3 + 4.
    const auto t = exercises::kmeans_assign(Matrix{{3, 0}, {10, 4}}, Matrix{{0, 0}, {10, 0}});
    CHECK(t.assignments == std::vector<std::size_t>{0, 1});
    CHECK(t.inertia == near(25.0, 0.0));
    CHECK_THROWS_AS(exercises::kmeans_assign(Matrix{{1, 2}}, Matrix{{1, 2, 3}}), DimensionError);
}

TEST_CASE("7.04 k-means assignment: against the library on random data") {
    Rng rng(704);
    for (int trial = 0; trial < 10; ++trial) {
        const Matrix X = mml::testing::random_matrix(rng, 40, 3);
        const Matrix C = mml::testing::random_matrix(rng, 5, 3);
        const auto s = exercises::kmeans_assign(X, C);
        const ClusterAssignment expected = assign_to_centres(X, C);
        CHECK(s.assignments == expected.assignments);
        CHECK(s.inertia == near(expected.inertia, 1e-13));
    }
}
