// Written against design.md's core API only, through the installed package.
#include <mml/mml.hpp>

#include <iostream>

int main() {
    const mml::Matrix A{{1, 2}, {3, 4}};
    const mml::Vector v{1.0, 1.0};
    const mml::Matrix B = transpose(A) * A + 2.0 * mml::Matrix::identity(2) - A;
    std::cout << "A * v = " << A * v << "\nB =\n" << B << "\n";
    try {
        const mml::Matrix C(3, 2);
        std::cout << A * C;  // 2x2 times 3x2: must throw
        return 1;
    } catch (const mml::DimensionError& e) {
        std::cout << "DimensionError: " << e.what() << "\n";
    }
    return (A * v)[1] == 7.0 ? 0 : 1;
}
