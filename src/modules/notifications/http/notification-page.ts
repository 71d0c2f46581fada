import { PageOf } from '../../../common/pagination/page';
import { NotificationView } from '../application/notification-view';

export class NotificationPage extends PageOf(NotificationView, 'NotificationPage') {}
