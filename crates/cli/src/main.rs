fn main() {
    println!("amber");
}
