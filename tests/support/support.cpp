// Anchor so the support library always has one translation unit.
namespace mailtls::test {
int supportLibraryAnchor() { return 0; }
}
