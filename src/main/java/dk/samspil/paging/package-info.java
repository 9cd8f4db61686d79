/**
 * Long lists a page at a time, the same for every module: the page typed in an address
 * read leniently, the rows a page shows, and one pager to move between the pages.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package dk.samspil.paging;
