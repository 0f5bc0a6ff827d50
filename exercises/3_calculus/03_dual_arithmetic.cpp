// Exercise 3.03 — dual-number arithmetic: the product and quotient rules        (MML §5.2.2, §5.6)
//
// Task:    a dual number a + a′ε (a Dual<> with .value = a, .derivative = a′) obeys ε² = 0.
//          Write the two operations whose ε-parts are the product and quotient rules:
//              (a + a′ε)·(b + b′ε) = ab + (a′b + ab′)ε
//              (a + a′ε)/(b + b′ε) = a/b + ((a′b − ab′)/b²)ε
// Input:   two duals a, b (for the quotient b.value ≠ 0).
// Output:  the product, the quotient.
// Errors:  division by a dual with value 0 → mml::DomainError.
// Example: x = 3 + 1ε: x·x = 9 + 6ε (d/dx x² = 6 at 3); 1/x = 1/3 − (1/9)ε.
// Hint:    build the result with Dual<>(value, derivative). Do not use the library's * and /
//          on duals: that is the answer you are checked against.
//
// Check:   build/exercises/mml-check 3.03
#include "unit3.hpp"

namespace mml::exercises {

Dual<> dual_multiply(const Dual<>& a, const Dual<>& b) {
    MML_TODO();  // replace this line with your answer
}

Dual<> dual_divide(const Dual<>& a, const Dual<>& b) {
    MML_TODO();  // replace this line with your answer
}

}  // namespace mml::exercises
