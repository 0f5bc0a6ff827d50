// mml/calculus/reverse.hpp — reverse-mode automatic differentiation (backpropagation).   (MML §5.6)
//
// Forward mode (dual.hpp) pushes one derivative direction through the computation, so a
// gradient of f: ℝⁿ → ℝ costs n evaluations. Reverse mode records the computation once and
// then pushes *sensitivities* backwards, getting all n partial derivatives in one sweep:
//
//   1. Forward: every operation on Vars appends a node to the tape (a Wengert list), storing
//      which nodes it read (its parents) and the local partial derivatives ∂node/∂parent.
//      The tape is in topological order by construction: parents come first.
//   2. Backward: set the adjoint of the output to 1 (∂y/∂y), then walk the tape from the end
//      to the start once, and for every node add  adjoint(node) · ∂node/∂parent  to each
//      parent's adjoint. That is the chain rule, ∂y/∂v = Σ over children c of ∂y/∂c · ∂c/∂v.
//
// One backward sweep costs a small constant times one evaluation, whatever n is — why neural
// networks with millions of parameters are trained by backpropagation. There is no recursion:
// a recursive graph walk would revisit shared subexpressions exponentially often.
//
//     clear_tape();
//     Var x(2.0), y(3.0);
//     Var z = x * y + sin(x);
//     z.backward();                       // x.adjoint() = y + cos x, y.adjoint() = x
//
// The tape belongs to the current thread. grad_reverse() clears it before and after use; its
// memory is kept and reused by the next computation.
#pragma once

#include "mml/core/vector.hpp"

#include <cstddef>
#include <ostream>
#include <vector>

namespace mml {

class Var {
public:
    Var() : Var(0.0) {}
    Var(double value);  // a new input (leaf) on the tape; implicit, so 2.0 * x works

    double value() const { return value_; }
    // ∂y/∂(this variable) after y.backward(); 0 before.
    double adjoint() const;
    // Seeds ∂y/∂y = 1 at this variable y and propagates adjoints to every node recorded before it.
    void backward() const;

    std::size_t index() const { return index_; }
    // A node with one or two parents and the local partial derivatives (used by the operators).
    static Var record(double value, std::size_t parent0, double partial0);
    static Var record(double value, std::size_t parent0, double partial0, std::size_t parent1, double partial1);

private:
    Var(double value, std::size_t index) : value_(value), index_(index) {}
    double value_;
    std::size_t index_;
};

// Removes every node from this thread's tape (keeping its memory). Vars made before are invalid after.
void clear_tape();
// The number of nodes on this thread's tape.
std::size_t tape_size();

// ---- arithmetic: one line per local derivative --------------------------------------------------
Var operator+(const Var& u, const Var& v);  // ∂/∂u = 1, ∂/∂v = 1
Var operator-(const Var& u, const Var& v);  // ∂/∂u = 1, ∂/∂v = −1
Var operator*(const Var& u, const Var& v);  // ∂/∂u = v, ∂/∂v = u
Var operator/(const Var& u, const Var& v);  // ∂/∂u = 1/v, ∂/∂v = −u/v²
Var operator-(const Var& u);
Var operator+(const Var& u, double c);
Var operator+(double c, const Var& u);
Var operator-(const Var& u, double c);
Var operator-(double c, const Var& u);
Var operator*(const Var& u, double c);
Var operator*(double c, const Var& u);
Var operator/(const Var& u, double c);
Var operator/(double c, const Var& u);
Var& operator+=(Var& u, const Var& v);
Var& operator-=(Var& u, const Var& v);
Var& operator*=(Var& u, const Var& v);
Var& operator/=(Var& u, const Var& v);
bool operator<(const Var& u, const Var& v);
bool operator>(const Var& u, const Var& v);
bool operator<(const Var& u, double c);
bool operator>(const Var& u, double c);

Var exp(const Var& u);            // ∂/∂u eᵘ = eᵘ
Var log(const Var& u);            // 1/u (DomainError for u ≤ 0)
Var sqrt(const Var& u);           // 1/(2√u) (DomainError for u < 0)
Var pow(const Var& u, double p);  // p uᵖ⁻¹
Var sin(const Var& u);            // cos u
Var cos(const Var& u);            // −sin u
Var tan(const Var& u);            // 1 + tan² u
Var atan(const Var& u);           // 1/(1 + u²)
Var tanh(const Var& u);           // 1 − tanh² u
Var abs(const Var& u);            // sign(u)
Var sigmoid(const Var& u);        // σ(1 − σ)

std::ostream& operator<<(std::ostream& out, const Var& u);

// ∇f(x) by reverse mode: one forward evaluation of f on Vars, one backward sweep (MML §5.6).
// f is a generic callable as in autodiff.hpp, called with a std::vector<Var>, returning a Var.
template <class F>
Vector grad_reverse(F f, const Vector& x) {
    clear_tape();
    std::vector<Var> xs;
    xs.reserve(x.size());
    for (std::size_t i = 0; i < x.size(); ++i) xs.emplace_back(x[i]);
    const Var y = f(xs);
    y.backward();
    Vector g(x.size());
    for (std::size_t i = 0; i < x.size(); ++i) g[i] = xs[i].adjoint();
    clear_tape();
    return g;
}

}  // namespace mml
