#include "testing.hpp"
#include "unit1.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

TEST_CASE("1.14 PageRank: a cycle ranks every page equally") {
    const Matrix cycle{{0, 0, 1}, {1, 0, 0}, {0, 1, 0}};  // 0 → 1 → 2 → 0
    CHECK(exercises::pagerank(cycle, 0.85, 1e-12) == near(Vector{1.0 / 3, 1.0 / 3, 1.0 / 3}, 1e-12));
}

// A 4-page web: r must be a fixed point of G (the eigenvector for λ = 1), sum to 1, and be positive;
// the page everybody links to ranks first. We rebuild G here and check G r = r to 1e-9 (tol 1e-12 on
// the step, and the contraction factor d = 0.85 bounds the distance to the fixed point by tol/(1−d)).
TEST_CASE("1.14 PageRank: a fixed point of the Google matrix with sum 1") {
    const Matrix links{{0, 1, 1, 1}, {1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 1, 0}};
    const double d = 0.85;
    const Vector r = exercises::pagerank(links, d, 1e-12);
    Matrix G(4, 4);
    for (std::size_t j = 0; j < 4; ++j) {
        double out = 0.0;
        for (std::size_t i = 0; i < 4; ++i) out += links(i, j);
        for (std::size_t i = 0; i < 4; ++i) G(i, j) = d * links(i, j) / out + (1 - d) / 4;
    }
    CHECK(G * r == near(r, 1e-9));
    double sum = 0.0;
    for (double ri : r) {
        sum += ri;
        CHECK(ri > 0.0);
    }
    CHECK(sum == doctest::Approx(1.0).epsilon(1e-12));
    CHECK(r[0] > r[1]);
    CHECK(r[0] > r[2]);
    CHECK(r[0] > r[3]);
    // The same vector from the library's power iteration on G (normalised to sum 1).
    const Vector start{1, 1, 1, 1};
    Vector v = power_iteration(G, start, 1e-13).vector;
    v /= v[0] + v[1] + v[2] + v[3];
    CHECK(r == near(v, 1e-9));
}

TEST_CASE("1.14 PageRank: bad damping or shape throws typed errors") {
    const Matrix links{{0, 1}, {1, 0}};
    CHECK_THROWS_AS(exercises::pagerank(links, 1.5, 1e-9), DomainError);
    const Matrix wide(2, 3);
    CHECK_THROWS_AS(exercises::pagerank(wide, 0.85, 1e-9), DimensionError);
}
